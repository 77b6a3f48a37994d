/** A test article and a model's recorded answers about it: some grounded, some not. */
import type { Reply } from '../../helpers/chat-server.js';

// Line breaks inside a paragraph, a double space, curly quotes and en dashes: what quotes must be found across.
export const ARTICLE = `Drone parts reach Russia through Kazakhstan

Shenzhen Skyhawk Electronics Co., Ltd. shipped 500 flight controllers worth  $2 million to Almaz Trading LLP
in March 2024.

Almaz Trading LLP sold the \u201CSkyhawk\u201D controllers to Kronstadt Group \u2013 a Russian drone maker \u2013 in April 2024.

The weather in Almaty was cold that spring.

The U.S. Treasury sanctioned Kronstadt Group in 2023.
`;

export const ENTITIES = [
  { name: 'Shenzhen Skyhawk Electronics Co., Ltd.', kind: 'company', aliases: ['Skyhawk'] },
  { name: 'Almaz Trading LLP', kind: 'company', aliases: [] },
  { name: 'Kronstadt Group', kind: 'company', aliases: [] },
  { name: 'U.S. Treasury', kind: 'government', aliases: [] },
];

export const GROUNDED = [
  // Whitespace differs from the text (one space where it has two and a line break).
  { type: 'SHIPPED_TO', source: 'Shenzhen Skyhawk Electronics Co., Ltd.', target: 'Almaz Trading LLP',
    quote: 'Shenzhen Skyhawk Electronics Co., Ltd. shipped 500 flight controllers worth $2 million to Almaz Trading LLP in March 2024.' },
  // Straight quotes and hyphens where the text has curly quotes and en dashes.
  { type: 'SHIPPED_TO', source: 'Almaz Trading LLP', target: 'Kronstadt Group',
    quote: 'Almaz Trading LLP sold the "Skyhawk" controllers to Kronstadt Group - a Russian drone maker - in April 2024.' },
  { type: 'SANCTIONED', source: 'U.S. Treasury', target: 'Kronstadt Group', quote: 'The U.S. Treasury sanctioned Kronstadt Group in 2023.' },
];
export const NOT_IN_TEXT = { type: 'SHIPPED_TO', source: 'Shenzhen Skyhawk Electronics Co., Ltd.', target: 'Almaz Trading LLP',
  quote: 'Skyhawk also shipped engines to Almaz Trading LLP through Iran.' };
// The quote names the supplier but not the buyer it claims.
export const ONE_END = { type: 'SHIPPED_TO', source: 'Shenzhen Skyhawk Electronics Co., Ltd.', target: 'Kronstadt Group',
  quote: 'Shenzhen Skyhawk Electronics Co., Ltd. shipped 500 flight controllers worth $2 million to Almaz Trading LLP in March 2024.' };

export const GOOD_ANSWER = JSON.stringify({ entities: ENTITIES, relations: [...GROUNDED, NOT_IN_TEXT, ONE_END] });
export const good = (): Reply => ({ content: GOOD_ANSWER, usage: { prompt_tokens: 900, completion_tokens: 300 } });
