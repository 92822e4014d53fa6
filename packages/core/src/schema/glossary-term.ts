import * as z from 'zod';
import { common, entity, link, ref, text } from './entity.ts';

/**
 * A term of the customer-journey vocabulary, with its definition.
 *
 * @example
 * glossaryTermSchema.parse({ id: 'nps', term: 'Net Promoter Score', definition: 'How likely customers are to recommend you, from −100 to 100.', aliases: ['NPS'] });
 */
export const glossaryTermSchema = entity({
  ...common,
  term: text('The term as it is written in prose, like "Moment of truth".'),
  definition: text('What the term means, in one or two sentences.'),
  aliases: z.array(z.string().min(1)).optional().meta({ description: 'Other spellings or names that mean the same, like "MOT".' }),
  related: z.array(ref('glossary term')).optional().meta({ description: 'Ids of related glossary terms.' }),
  source: z
    .object({ title: text('Title of the source.'), url: link.optional() })
    .strict()
    .optional()
    .meta({ description: 'Where the definition comes from.' }),
}).meta({ title: 'Glossary term', description: 'A term of the customer-journey vocabulary.' });

/**
 * A glossary term as authors write it, in `glossary/`.
 *
 * @example
 * const term: GlossaryTermInput = { id: 'basket', term: 'Basket', definition: 'What a shopper is about to buy.' };
 */
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
/**
 * A glossary term as code receives it, validated.
 *
 * @example
 * const terms = workspace.glossary.map((term: GlossaryTerm) => term.term);
 */
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
