/**
 * The model's instructions and answer schema, built from the registries: adding a relation type or an entity kind
 * to server/domain/ changes the prompt, the schema and so the prompt version (which keys the answer cache).
 */
import { createHash } from 'node:crypto';
import { RELATION_MEANINGS, RELATIONS, type RelationSpec, type RelationType } from '../../domain/relation-registry.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/types.js';

/** Bump when the wording below changes in a way the registry does not show. */
const PROMPT_REVISION = 1;

const KIND_MEANINGS: Record<EntityKind, string> = {
  company: 'a business, including trading firms, shell companies and manufacturers',
  country: 'a sovereign state, named or referred to by its demonym ("Chinese" stands for China)',
  government: 'a ministry, agency, department or other state body ("U.S. Treasury", "Ministry of Defence of Russia")',
  person: 'a named individual',
  media: 'a news outlet or publication',
  organization: 'a non-commercial body: think-tank, NGO, alliance, international organisation',
  product: 'a named product or model ("Kestro-5", "Varlan-10")',
};

function relationLine(r: RelationSpec): string {
  const dir = r.directed ? `${r.type}: source -> target` : `${r.type}: undirected (either order)`;
  return `- ${dir}; ${RELATION_MEANINGS[r.type as RelationType] ?? r.label}. Source kinds: ${r.sourceKinds.join(', ')}. Target kinds: ${r.targetKinds.join(', ')}.`;
}

export const SYSTEM_PROMPT = [
  'You extract a knowledge graph from news articles about military-relevant goods (drones, parts, electronics,',
  'machine tools, body armour ...) and who supplies them to whom, who owns whom and who sanctions whom.',
  '',
  'Entity kinds:',
  ...ENTITY_KINDS.map((k) => `- ${k}: ${KIND_MEANINGS[k]}`),
  '',
  'Relation types:',
  ...RELATIONS.map(relationLine),
  '',
  'Answer with one JSON object: {"entities": [{"name", "kind", "aliases"}], "relations": [{"type", "source", "target", "quote"}]}.',
  'Rules:',
  '- name: the entity\'s fullest name exactly as written in the text; aliases: other names the text uses for it',
  '  (acronyms, short forms), copied exactly. Leave out places that are not countries (cities, regions).',
  '- source and target: the name of an entity from your "entities" list.',
  '- quote: copy, character for character, the shortest passage of the text (one sentence, at most two) that states',
  '  the relation. The quote must name both the source and the target (by name, alias or demonym).',
  '- Only relations the text asserts as fact: not plans, hypotheses, allegations denied, or questions.',
  '  A denial is a DENIED relation, not the relation denied.',
  '- If the text states no relation, answer {"entities": [...], "relations": []}.',
].join('\n');

/** JSON schema of an answer, for servers that constrain output to a schema. */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['entities', 'relations'],
  properties: {
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'kind', 'aliases'],
        properties: {
          name: { type: 'string' },
          kind: { type: 'string', enum: [...ENTITY_KINDS] },
          aliases: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    relations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'source', 'target', 'quote'],
        properties: {
          type: { type: 'string', enum: RELATIONS.map((r) => r.type) },
          source: { type: 'string' },
          target: { type: 'string' },
          quote: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Changes whenever the prompt, the schema or the registries behind them change. */
export const PROMPT_VERSION = `p${PROMPT_REVISION}-${createHash('sha256').update(SYSTEM_PROMPT).update(JSON.stringify(ANSWER_SCHEMA)).digest('hex').slice(0, 10)}`;

/** The user message for one piece of an article: its running text, or separate sentences (hybrid mode). */
export function userMessage(text: string, form: 'text' | 'sentences', part: number, parts: number): string {
  const what = form === 'text' ? 'Article text' : 'Sentences from one article, one per line';
  const of = parts > 1 ? ` (part ${part} of ${parts})` : '';
  return `${what}${of}:\n<<<\n${text}\n>>>`;
}
