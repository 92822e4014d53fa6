import * as z from 'zod';
import { common, entity, link, ref, text } from './entity.ts';

/** A term of the customer-journey vocabulary, with its definition. */
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

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
