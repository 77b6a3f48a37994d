/** Generated news-like articles (deterministic for a seeded PRNG): the extraction and ingest benchmarks and the fault test. */
const SYL = ['tek', 'ron', 'vel', 'sha', 'lin', 'kor', 'mir', 'zen', 'dra', 'pol', 'ast', 'bei', 'nov', 'sib', 'tar', 'gal', 'hua', 'xin', 'yan', 'det'];
const COUNTRIES = ['China', 'Russia', 'Turkey', 'Kazakhstan', 'Kyrgyzstan', 'Armenia', 'the United Arab Emirates', 'Hong Kong', 'India', 'Serbia', 'Uzbekistan', 'Belarus', 'Iran', 'Georgia'];
const DEMONYMS = ['Chinese', 'Russian', 'Turkish', 'Kazakh', 'Kyrgyz', 'Armenian', 'Emirati', 'Indian', 'Serbian', 'Uzbek'];
const SUFFIX = ['Trading', 'Electronics Co., Ltd', 'Technology', 'Logistics LLC', 'Industrial Group', 'Import & Export Co', 'Holding', 'Systems'];
const GOODS = ['drones', 'microchips', 'thermal cameras', 'drone engines', 'navigation modules', 'bulletproof vests', 'machine tools', 'radio transmitters', 'spare parts', 'servo motors'];
const FIRST = ['Anna', 'Ivan', 'Li', 'Mehmet', 'Sara', 'Tom', 'Olena', 'Wei', 'Aigerim', 'David'];
const LAST = ['Petrova', 'Zhang', 'Yilmaz', 'Kovalenko', 'Hale', 'Bekova', 'Chen', 'Smith', 'Ivanov', 'Nurlanov'];
const MEDIA = ['the Financial Times', 'Reuters', 'Bloomberg', 'The Insider', 'the Kyiv Independent', 'Nikkei Asia'];

/** Background sentences of the kind that fill most of a news article around the few that state a relation. */
const CONTEXT = [
  'The war has reshaped trade across the region, with new routes opening through neighbouring states.',
  'Officials in Brussels said the next package of measures would focus on closing loopholes in existing rules.',
  'Customs data for the period is incomplete, and some shipments are declared under generic product codes.',
  'Experts say that many of the goods have both civilian and military uses, which makes enforcement difficult.',
  'The ministry said it was reviewing the reports and would respond once the checks were complete.',
  'Prices for consumer electronics in the region have risen sharply since the start of the year.',
  'Researchers compared shipping records with photographs of components recovered from the battlefield.',
  'The company has expanded its operations over the past two years and opened offices in several countries.',
  'Analysts cautioned that the figures probably understate the true volume of trade.',
  'A spokesperson declined to comment on individual transactions, citing commercial confidentiality.',
  'Banks in the region have become more cautious about processing payments linked to sensitive goods.',
  'The investigation relied on leaked documents, interviews with former employees and public tender records.',
  'Lawmakers have called for tougher penalties for firms that knowingly help to evade export controls.',
  'Some of the intermediaries were registered only months before the first shipments left the warehouses.',
  '"We are seeing the same pattern again and again," one investigator said, asking not to be named.',
  'The report also noted a rise in orders for machine tools and precision instruments.',
];

/** One generated news-like article: a few sentences stating supply legs, sanctions and ownership amid context. */
export function newsArticle(r: () => number, context: { min: number; max: number } = { min: 10, max: 30 }): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const company = () => cap(pick(SYL) + pick(SYL)) + ' ' + (r() < 0.5 ? cap(pick(SYL) + pick(SYL)) + ' ' : '') + pick(SUFFIX);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const a = company(), b = company(), c = company(), p = person();
  const money = (1 + Math.floor(r() * 90)) / 2;
  const year = 2021 + Math.floor(r() * 4);
  const para: string[] = [];
  para.push(`${pick(DEMONYMS)} firm shipped ${pick(GOODS)} to Russia via ${pick(COUNTRIES)}, records show`);
  para.push(`The ${pick(DEMONYMS)} company ${a} shipped more than $${money} million worth of ${pick(GOODS)} and ${pick(GOODS)} to ${b} between January and September ${year}, according to customs records reviewed by ${pick(MEDIA)}.`);
  para.push(`The goods were routed through ${pick(COUNTRIES)} before reaching Moscow-based ${c}, a supplier to the Russian defence ministry.`);
  para.push(`${c} is a subsidiary of ${company()}, which was sanctioned by the US Treasury in ${year - 1}.`);
  para.push(`"These are exactly the parts we find in downed drones," said ${p}, a researcher at the Centre for Defence Studies in ${pick(['Kyiv', 'London', 'Berlin'])}.`);
  para.push(`${b} bought ${Math.floor(r() * 9000) + 100} ${pick(GOODS)} from ${company()} and resold them to ${c}, the documents show.`);
  para.push(`${a} did not respond to requests for comment. ${company()} said it had never sold products to Russia and complied with all export control laws.`);
  para.push(`Trade between ${pick(COUNTRIES)} and Russia has grown since ${year - 2}, while officials in ${pick(COUNTRIES)} said they were checking the information. Analysts expect the volumes to remain high in the coming months as buyers look for new routes and suppliers adapt to the controls.`);
  para.push(`The European Union added ${b} to its sanctions list in ${pick(['March', 'June', 'December'])} ${year}.`);
  // Most of an article is context: interleave 10-30 paragraphs of two background sentences (by default).
  const body = para.slice(1);
  const ctx = context.min + Math.floor(r() * (context.max - context.min));
  for (let i = 0; i < ctx; i++) {
    const at = 1 + Math.floor(r() * body.length);
    body.splice(at, 0, [pick(CONTEXT), pick(CONTEXT)].join(' '));
  }
  const out = [para[0], ...body];
  out.push(`Read also:\n• ${pick(COUNTRIES)} and Russia sign trade deal\n• Why ${pick(COUNTRIES)} became a back door\n\nSubscribe to our newsletter`);
  return out.join('\n\n');
}

