import type { GlossaryTermInput } from '../schema/glossary-term.ts';

/**
 * The customer-journey and CX vocabulary Journeykit ships; a workspace adds and overrides terms by id.
 *
 * @example
 * builtinTerms.find((term) => term.id === 'moment-of-truth')?.definition;
 */
export const builtinTerms: readonly GlossaryTermInput[] = [
  {
    id: 'advocacy',
    term: 'Advocacy',
    definition:
      'The stage in which a satisfied customer speaks up for the company, for example by writing reviews, referring peers or recommending it to friends. It usually comes last in the journey and feeds the awareness of new customers.',
    related: ['retention', 'third-moment-of-truth', 'promoter', 'net-promoter-score', 'stage'],
    tags: ['stages'],
  },
  {
    id: 'as-is-journey',
    term: 'As-is journey',
    definition:
      'A journey map of the experience customers go through today, with its current pain points, drawn from research and data rather than intentions. It is the baseline a to-be journey is compared against.',
    aliases: ['Current-state journey', 'Current-state map'],
    related: ['to-be-journey', 'journey-map', 'pain-point', 'evidence-level'],
    tags: ['mapping'],
  },
  {
    id: 'attribution',
    term: 'Attribution',
    definition:
      'The split of the credit for one conversion across the touches that came before it, so that the credits of a conversion sum to 1. Common models are first touch, last touch, linear (1/n to each of n touches), position-based (40% to the first, 40% to the last and 20% shared by the middle, or 50/50 with two touches) and time decay (weight 2^(−Δt / half-life), half-life 7 days by default, then normalised).',
    aliases: ['Attribution model', 'Marketing attribution'],
    related: ['touchpoint', 'conversion-rate', 'channel', 'purchase'],
    tags: ['metrics'],
  },
  {
    id: 'awareness',
    term: 'Awareness',
    definition:
      'The first stage of a journey, in which a person learns that the company or its product exists, through an ad, a search, an event or word of mouth. Nothing is decided yet; the aim is to be noticed and remembered.',
    aliases: ['Discovery'],
    related: ['consideration', 'stage', 'indirect-touchpoint', 'sales-funnel'],
    tags: ['stages'],
  },
  {
    id: 'backstage',
    term: 'Backstage',
    definition:
      'The lane of a service blueprint holding the actions staff take out of the customer\'s sight to make the frontstage work, such as preparing an account or reviewing an order. It sits below the line of visibility.',
    aliases: ['Backstage actions'],
    related: ['service-blueprint', 'frontstage', 'line-of-visibility', 'line-of-internal-interaction', 'support-process'],
    tags: ['blueprint'],
  },
  {
    id: 'channel',
    term: 'Channel',
    definition:
      'The medium through which a touchpoint happens, such as the website, the mobile app, email, social media, paid ads, events, phone, chat, in person, review sites, partners or word of mouth. One channel carries many touchpoints, and one customer usually crosses several channels.',
    related: ['touchpoint', 'omnichannel', 'attribution'],
    tags: ['mapping'],
  },
  {
    id: 'churn-rate',
    term: 'Churn rate',
    definition:
      'The share of customers lost during a period: customers lost in the period divided by the customers at its start. Churn rate and retention rate are computed differently and need not add up to 100%.',
    aliases: ['Churn', 'Customer churn rate', 'Attrition rate'],
    related: ['retention-rate', 'retention', 'cohort-retention', 'key-performance-indicator'],
    tags: ['metrics'],
  },
  {
    id: 'cohort',
    term: 'Cohort',
    definition:
      'A group of people who did the same start event, such as signing up or a first purchase, in the same period, like the same week or month. Following cohorts separately shows whether newer customers behave better or worse than older ones.',
    related: ['cohort-retention', 'retention-rate', 'sample-size'],
    tags: ['metrics', 'research'],
  },
  {
    id: 'cohort-retention',
    term: 'Cohort retention',
    definition:
      'For each cohort c, R_c(t) is the share of its members who come back in period t after the start event ("on"), or in period t or any later period ("on or after"). An average across cohorts weights each cohort by its size.',
    aliases: ['Retention curve', 'Cohort analysis'],
    related: ['cohort', 'retention-rate', 'churn-rate', 'retention'],
    tags: ['metrics'],
  },
  {
    id: 'consideration',
    term: 'Consideration',
    definition:
      'The stage in which a person who knows the company weighs it against alternatives, comparing features, prices, reviews and advice. Customers often loop between consideration and awareness before they decide.',
    aliases: ['Evaluation'],
    related: ['awareness', 'purchase', 'zero-moment-of-truth', 'stage'],
    tags: ['stages'],
  },
  {
    id: 'conversion-rate',
    term: 'Conversion rate',
    definition:
      'With U_k the number of units (people, accounts or sessions) that reach step k of a funnel, the step-to-step conversion is c_k = U_k / U_(k−1) and the overall conversion is C_k = U_k / U_1. The step with the lowest step-to-step conversion is the biggest leak.',
    aliases: ['Conversion'],
    related: ['sales-funnel', 'drop-off', 'purchase', 'attribution', 'key-performance-indicator'],
    tags: ['metrics'],
  },
  {
    id: 'customer-effort-score',
    term: 'Customer effort score',
    definition:
      'A survey metric of how easy it was for the customer to get something done, reported either as the mean score or as the share of "easy" answers (5–7 on a 1–7 scale, 4–5 on a 1–5 scale). Its definition must state the scale, the method and which end of the scale is good.',
    aliases: ['CES'],
    related: ['customer-satisfaction-score', 'net-promoter-score', 'pain-point', 'sample-size'],
    tags: ['metrics'],
  },
  {
    id: 'customer-journey',
    term: 'Customer journey',
    definition:
      'The whole relationship of one customer with a company, seen from the customer\'s side, as the sequence of touchpoints from first hearing of the brand to recommending it. Unlike a sales funnel it is not linear: people skip steps, loop back and compare.',
    aliases: ['Journey', 'Customer lifecycle'],
    related: ['journey-map', 'touchpoint', 'stage', 'sales-funnel', 'persona'],
    tags: ['mapping'],
  },
  {
    id: 'customer-satisfaction-score',
    term: 'Customer satisfaction score',
    definition:
      'A survey metric of how satisfied customers are, reported either as the share of satisfied answers (the top two boxes, 4–5 on a 1–5 scale) × 100 or as the mean score. Its definition must state which method and which scale it uses.',
    aliases: ['CSAT'],
    related: ['customer-effort-score', 'net-promoter-score', 'sample-size', 'key-performance-indicator'],
    tags: ['metrics'],
  },
  {
    id: 'detractor',
    term: 'Detractor',
    definition:
      'A respondent who answers 0 to 6 to the 0–10 "how likely are you to recommend us" question. Detractors lower the net promoter score and may warn others away.',
    related: ['net-promoter-score', 'promoter', 'passive'],
    tags: ['metrics'],
  },
  {
    id: 'direct-touchpoint',
    term: 'Direct touchpoint',
    definition:
      'A touchpoint where the customer deals with the company itself, such as a checkout, a support request or a kickoff call. The company controls it and can usually measure it.',
    related: ['touchpoint', 'indirect-touchpoint', 'channel'],
    tags: ['mapping'],
  },
  {
    id: 'drop-off',
    term: 'Drop-off',
    definition:
      'The number of units lost between two consecutive funnel steps: U_(k−1) − U_k, where U_k is the number that reach step k. Drop-offs point to where the journey leaks.',
    aliases: ['Funnel drop-off', 'Abandonment'],
    related: ['conversion-rate', 'sales-funnel', 'pain-point'],
    tags: ['metrics'],
  },
  {
    id: 'emotion-curve',
    term: 'Emotion curve',
    definition:
      'The line on a journey map that joins the emotion score recorded at each touchpoint, on a declared scale, so highs and lows of the experience can be seen at a glance. Its low points usually mark pain points.',
    aliases: ['Emotional journey', 'Experience curve'],
    related: ['journey-map', 'touchpoint', 'pain-point', 'moment-of-truth'],
    tags: ['mapping'],
  },
  {
    id: 'evidence-level',
    term: 'Evidence level',
    definition:
      'How well a finding such as a pain point is supported: observed in data, reported in customer feedback, inferred, or only a hypothesis. It tells readers how much weight the finding can bear.',
    aliases: ['Evidence'],
    related: ['pain-point', 'sample-size', 'voice-of-the-customer', 'as-is-journey'],
    tags: ['research'],
  },
  {
    id: 'first-moment-of-truth',
    term: 'First moment of truth',
    definition:
      'The customer\'s first encounter with the product itself, on the shelf, in a demo or at sign-up, when the first impression forms. It often decides whether the purchase happens.',
    aliases: ['FMOT'],
    related: ['moment-of-truth', 'zero-moment-of-truth', 'second-moment-of-truth', 'purchase'],
    tags: ['mapping'],
  },
  {
    id: 'frontstage',
    term: 'Frontstage',
    definition:
      'The lane of a service blueprint holding the actions of staff and systems that the customer sees or talks to directly, such as a sales call or a welcome screen. It sits between the line of interaction and the line of visibility.',
    aliases: ['Frontstage actions', 'Onstage'],
    related: ['service-blueprint', 'backstage', 'line-of-interaction', 'line-of-visibility'],
    tags: ['blueprint'],
  },
  {
    id: 'hand-over',
    term: 'Hand-over',
    definition:
      'The moment the responsibility for a customer passes from one team to another, such as from sales to onboarding or from onboarding to customer success. Context is easily lost there, so hand-overs are where journeys often break.',
    aliases: ['Handover', 'Handoff', 'Hand-off'],
    related: ['touchpoint', 'onboarding', 'line-of-internal-interaction', 'pain-point'],
    tags: ['blueprint', 'mapping'],
  },
  {
    id: 'indirect-touchpoint',
    term: 'Indirect touchpoint',
    definition:
      'A touchpoint where the customer meets the brand without dealing with the company, such as a friend\'s recommendation, a review or a mention at an event. The company cannot control it, and maps that list only direct interactions miss it.',
    related: ['touchpoint', 'direct-touchpoint', 'awareness', 'advocacy'],
    tags: ['mapping'],
  },
  {
    id: 'journey-map',
    term: 'Journey map',
    definition:
      'A picture of a customer journey for one or more personas, laying out its stages and touchpoints with what the customer does, thinks and feels, who owns each step, and the pain points and opportunities found. It is reviewed and updated as behaviour and products change.',
    aliases: ['Customer journey map', 'CJM'],
    related: ['customer-journey', 'persona', 'stage', 'touchpoint', 'emotion-curve', 'service-blueprint'],
    tags: ['mapping'],
  },
  {
    id: 'key-performance-indicator',
    term: 'Key performance indicator',
    definition:
      'A measure chosen to track whether a stage or the whole journey meets its goal, with a target and a benchmark, such as a conversion rate, a satisfaction rating or time to value. A map sets KPIs per stage and reviews them over time.',
    aliases: ['KPI'],
    related: ['conversion-rate', 'customer-satisfaction-score', 'time-to-value', 'stage', 'sample-size'],
    tags: ['metrics'],
  },
  {
    id: 'line-of-interaction',
    term: 'Line of interaction',
    definition:
      'The line in a service blueprint between the customer\'s actions and the frontstage. Every time the journey crosses it, the customer and the company interact directly.',
    related: ['service-blueprint', 'frontstage', 'line-of-visibility', 'line-of-internal-interaction'],
    tags: ['blueprint'],
  },
  {
    id: 'line-of-internal-interaction',
    term: 'Line of internal interaction',
    definition:
      'The line in a service blueprint between backstage actions and the support processes that serve them. Crossing it means one part of the company depends on another, which is where internal hand-overs happen.',
    related: ['service-blueprint', 'backstage', 'support-process', 'hand-over', 'line-of-visibility'],
    tags: ['blueprint'],
  },
  {
    id: 'line-of-visibility',
    term: 'Line of visibility',
    definition:
      'The line in a service blueprint between the frontstage, which the customer sees, and the backstage, which is hidden from them. It makes explicit what the customer experiences and what they do not.',
    related: ['service-blueprint', 'frontstage', 'backstage', 'line-of-interaction', 'line-of-internal-interaction'],
    tags: ['blueprint'],
  },
  {
    id: 'moment-of-truth',
    term: 'Moment of truth',
    definition:
      'One of the few moments in a journey that decide whether the customer stays loyal. Four are usually named: the zero (research), first (first encounter), second (use) and third (feedback and advocacy) moments of truth.',
    aliases: ['MOT'],
    related: ['zero-moment-of-truth', 'first-moment-of-truth', 'second-moment-of-truth', 'third-moment-of-truth', 'touchpoint'],
    tags: ['mapping'],
  },
  {
    id: 'net-promoter-score',
    term: 'Net promoter score',
    definition:
      'A loyalty metric from the 0–10 question "how likely are you to recommend us": NPS = 100 × (promoters − detractors) / all respondents, ranging from −100 to 100. Passives count among the respondents but in neither group, so the scores 0 to 10 once each give 100 × (2 − 7) / 11 = −45.45.',
    aliases: ['NPS'],
    related: ['promoter', 'passive', 'detractor', 'customer-satisfaction-score', 'advocacy', 'sample-size'],
    tags: ['metrics'],
  },
  {
    id: 'omnichannel',
    term: 'Omnichannel',
    definition:
      'An approach in which all channels work as one, so the customer can start on one channel and continue on another without repeating themselves or losing context. It differs from multichannel, where channels exist side by side but do not share what they know.',
    aliases: ['Omnichannel experience'],
    related: ['channel', 'touchpoint', 'customer-journey'],
    tags: ['mapping'],
  },
  {
    id: 'onboarding',
    term: 'Onboarding',
    definition:
      'The first steps after a purchase in which a new customer is set up and learns to get value from the product, through account set-up, kickoff calls, welcome emails or an implementation checklist. It is part of retention, and many teams, SaaS teams above all, model it as a stage of its own.',
    aliases: ['Implementation', 'Activation'],
    related: ['purchase', 'retention', 'time-to-value', 'hand-over', 'stage'],
    tags: ['stages'],
  },
  {
    id: 'opportunity',
    term: 'Opportunity',
    definition:
      'A chance to improve the journey, usually answering one or more pain points, judged by its value to the customer, its value to the business and the effort it takes. It has an owner and a status, and solutions or initiatives carry it out.',
    aliases: ['Improvement opportunity'],
    related: ['pain-point', 'to-be-journey', 'journey-map'],
    tags: ['mapping'],
  },
  {
    id: 'pain-point',
    term: 'Pain point',
    definition:
      'A point of friction where the journey frustrates, slows down or loses the customer, recorded with a severity and an evidence level. Evidence comes from surveys, support tickets, reviews, analytics, interviews and focus groups.',
    aliases: ['Friction', 'Pain'],
    related: ['opportunity', 'evidence-level', 'touchpoint', 'emotion-curve', 'drop-off'],
    tags: ['mapping', 'research'],
  },
  {
    id: 'passive',
    term: 'Passive',
    definition:
      'A respondent who answers 7 or 8 to the 0–10 "how likely are you to recommend us" question. Passives are satisfied but not enthusiastic; they count in the total of respondents but neither add to nor subtract from the net promoter score.',
    aliases: ['Passive respondent'],
    related: ['net-promoter-score', 'promoter', 'detractor'],
    tags: ['metrics'],
  },
  {
    id: 'persona',
    term: 'Persona',
    definition:
      'A portrait of a typical customer a journey is drawn for, with a name, a role or job, an age band, family status, goals, motivations, frustrations, preferred channels and a quote. A map usually keeps to about three personas, and one journey can be drawn for several.',
    aliases: ['Customer persona', 'Buyer persona'],
    related: ['journey-map', 'customer-journey', 'voice-of-the-customer'],
    tags: ['mapping', 'research'],
  },
  {
    id: 'promoter',
    term: 'Promoter',
    definition:
      'A respondent who answers 9 or 10 to the 0–10 "how likely are you to recommend us" question. Promoters raise the net promoter score and are the customers most likely to become advocates.',
    related: ['net-promoter-score', 'passive', 'detractor', 'advocacy'],
    tags: ['metrics'],
  },
  {
    id: 'purchase',
    term: 'Purchase',
    definition:
      'The stage in which the person decides and buys, or in B2B, the prospect signs and becomes a customer. It ends the pre-purchase journey and starts the post-purchase one.',
    aliases: ['Decision'],
    related: ['consideration', 'onboarding', 'conversion-rate', 'first-moment-of-truth', 'stage'],
    tags: ['stages'],
  },
  {
    id: 'retention',
    term: 'Retention',
    definition:
      'The stage after the purchase in which the company keeps the customer and grows the relationship, through onboarding, adoption, expansion, upsell, support and loyalty work. SaaS teams usually give it the most attention.',
    aliases: ['Loyalty', 'Adoption'],
    related: ['onboarding', 'advocacy', 'retention-rate', 'churn-rate', 'second-moment-of-truth', 'stage'],
    tags: ['stages'],
  },
  {
    id: 'retention-rate',
    term: 'Retention rate',
    definition:
      'The share of the customers at the start of a period who are still customers at its end: (customers at end − new customers in the period) / customers at start. It need not equal 100% minus the churn rate.',
    aliases: ['Customer retention rate'],
    related: ['churn-rate', 'retention', 'cohort-retention', 'key-performance-indicator'],
    tags: ['metrics'],
  },
  {
    id: 'sales-funnel',
    term: 'Sales funnel',
    definition:
      'The company\'s linear view of how prospects move through ordered steps towards a purchase, with fewer at each step. Funnels built from events have ordered steps, an order mode (sequential, strict or any order), a conversion window from the first step and a unit counted (person, account or session).',
    aliases: ['Funnel', 'Conversion funnel'],
    related: ['conversion-rate', 'drop-off', 'customer-journey', 'awareness', 'purchase'],
    tags: ['metrics', 'stages'],
  },
  {
    id: 'sample-size',
    term: 'Sample size',
    definition:
      'The number of respondents or units, n, behind a metric. A number shown without n can mislead, and results from thin samples (n < 30) deserve a warning.',
    aliases: ['n'],
    related: ['net-promoter-score', 'customer-satisfaction-score', 'evidence-level', 'cohort'],
    tags: ['research', 'metrics'],
  },
  {
    id: 'second-moment-of-truth',
    term: 'Second moment of truth',
    definition:
      'The experience of actually using the product after buying it, when the customer finds out whether it keeps its promise. It shapes whether they stay and buy again.',
    aliases: ['SMOT'],
    related: ['moment-of-truth', 'first-moment-of-truth', 'third-moment-of-truth', 'retention'],
    tags: ['mapping'],
  },
  {
    id: 'service-blueprint',
    term: 'Service blueprint',
    definition:
      'A diagram laid under a journey that shows how the service is delivered, in lanes for customer actions, frontstage actions, backstage actions and support processes. The lanes are separated by the lines of interaction, visibility and internal interaction.',
    aliases: ['Blueprint'],
    related: ['frontstage', 'backstage', 'support-process', 'line-of-interaction', 'line-of-visibility', 'line-of-internal-interaction', 'journey-map'],
    tags: ['blueprint'],
  },
  {
    id: 'stage',
    term: 'Stage',
    definition:
      'A phase of the customer journey that groups touchpoints with a common purpose for the customer. The usual stages are awareness, consideration, purchase, retention and advocacy; teams rename, split and add their own, each with a kind.',
    aliases: ['Journey stage', 'Phase'],
    related: ['customer-journey', 'awareness', 'consideration', 'purchase', 'retention', 'advocacy', 'onboarding'],
    tags: ['stages', 'mapping'],
  },
  {
    id: 'support-process',
    term: 'Support process',
    definition:
      'The lane at the bottom of a service blueprint holding the internal systems, tools, policies and teams that make frontstage and backstage actions possible, such as billing or a CRM. It sits below the line of internal interaction.',
    aliases: ['Support processes'],
    related: ['service-blueprint', 'backstage', 'line-of-internal-interaction'],
    tags: ['blueprint'],
  },
  {
    id: 'third-moment-of-truth',
    term: 'Third moment of truth',
    definition:
      'The moment the customer gives something back about the product, through feedback, reviews, referrals or social posts. What they say becomes the zero moment of truth of other people.',
    aliases: ['TMOT', 'Ultimate moment of truth'],
    related: ['moment-of-truth', 'second-moment-of-truth', 'zero-moment-of-truth', 'advocacy'],
    tags: ['mapping'],
  },
  {
    id: 'time-to-value',
    term: 'Time to value',
    definition:
      'The time between a customer\'s purchase or sign-up and the moment they first get the benefit they bought the product for. Shortening it is a main goal of onboarding.',
    aliases: ['TTV'],
    related: ['onboarding', 'key-performance-indicator', 'second-moment-of-truth'],
    tags: ['metrics'],
  },
  {
    id: 'to-be-journey',
    term: 'To-be journey',
    definition:
      'A journey map of the experience a team intends customers to have once improvements are made, with the opportunities it relies on. It is compared against the as-is journey to plan and track change.',
    aliases: ['Future-state journey', 'Future-state map'],
    related: ['as-is-journey', 'journey-map', 'opportunity'],
    tags: ['mapping'],
  },
  {
    id: 'touchpoint',
    term: 'Touchpoint',
    definition:
      'A single interaction between the customer and the company or its brand, on a given channel and owned by a team. A map records at each touchpoint what the customer does, thinks and feels, the company\'s actions and any pain points.',
    aliases: ['Interaction'],
    related: ['channel', 'direct-touchpoint', 'indirect-touchpoint', 'stage', 'customer-journey', 'moment-of-truth'],
    tags: ['mapping'],
  },
  {
    id: 'voice-of-the-customer',
    term: 'Voice of the customer',
    definition:
      'The body of what customers say about their needs and experience, gathered continuously through surveys, interviews, support tickets, reviews and focus groups. It grounds personas and pain points in real feedback.',
    aliases: ['VoC', 'Customer feedback'],
    related: ['persona', 'pain-point', 'evidence-level', 'net-promoter-score'],
    tags: ['research'],
  },
  {
    id: 'zero-moment-of-truth',
    term: 'Zero moment of truth',
    definition:
      'The research a person does before acting, such as reading reviews, comparing options or asking friends, often before the company even knows they exist. Much of the decision is made here.',
    aliases: ['ZMOT'],
    related: ['moment-of-truth', 'first-moment-of-truth', 'consideration', 'third-moment-of-truth'],
    tags: ['mapping'],
  },
];
