import { describe, expect, it } from 'vitest';
import { cleanArticle, isTitleCase, looksLikeHtml, sourceSpan, stripHtml } from '../../server/extract/clean.js';

/** The source text behind a span of the cleaned text. */
const back = (raw: string, find: string) => {
  const c = cleanArticle(raw);
  const i = c.text.indexOf(find);
  expect(i, `"${find}" in cleaned text`).toBeGreaterThanOrEqual(0);
  const [s, e] = sourceSpan(c, i, i + find.length);
  return c.source.slice(s, e);
};

describe('clean: normalisation with a map back to the original', () => {
  it('makes quotes and dashes ASCII but maps spans back to the original characters', () => {
    const raw = 'China\u2019s Foreign Ministry said \u201cnever\u201d \u2014 twice.';
    const c = cleanArticle(raw);
    expect(c.text).toBe('China\'s Foreign Ministry said "never" - twice.');
    expect(back(raw, 'China\'s Foreign Ministry')).toBe('China\u2019s Foreign Ministry');
    expect(back(raw, '"never" - twice')).toBe('\u201cnever\u201d \u2014 twice');
  });

  it('sets an unspaced em dash off with a space before it, as a spaced one is, and maps it back', () => {
    const raw = 'Three firms—Orvel and Kirra—were named; the Kyiv–Lviv road too.';
    const c = cleanArticle(raw);
    expect(c.text).toBe('Three firms -Orvel and Kirra -were named; the Kyiv-Lviv road too.');
    expect(back(raw, 'firms -Orvel')).toBe('firms—Orvel');
  });

  it('collapses whitespace and drops invisible characters without losing offsets', () => {
    const raw = 'Kupol  has\u00a0received\u200b   shipments.';
    const c = cleanArticle(raw);
    expect(c.text).toBe('Kupol has received shipments.');
    expect(back(raw, 'received shipments')).toBe('received\u200b   shipments');
  });

  it('keeps emoji (surrogate pairs) whole in the map', () => {
    const raw = 'Alpha \u{1F4E2} Beta sold drones.';
    expect(back(raw, 'Beta sold')).toBe('Beta sold');
    expect(back(raw, '\u{1F4E2}')).toBe('\u{1F4E2}');
  });
});

describe('clean: line breaks inside sentences and blocks', () => {
  it('joins a sentence broken across lines and paragraphs by scraping', () => {
    const raw = 'Exporters from China sold \n\n26 different brands of drones\n\nto Russia.\n\nThe next paragraph starts here.';
    const c = cleanArticle(raw);
    expect(c.text).toBe('Exporters from China sold 26 different brands of drones to Russia.\n\nThe next paragraph starts here.');
    expect(c.blocks.map((b) => b.kind)).toEqual(['text', 'text']);
  });

  it('joins after a function word and before a leading comma, but not after a full stop', () => {
    const c = cleanArticle('We are talking about \n\nKazakhstan and Belarus.\nThe brand was\n\nAutel\n\n, which has offices.');
    expect(c.text).toBe('We are talking about Kazakhstan and Belarus.\n\nThe brand was Autel , which has offices.');
  });

  it('marks headings, title-case headings and list items', () => {
    const c = cleanArticle('Chinese Experts Linked to Russian Drone Development\nOfficials said so.\n- AEE Models A140\n- A60 and A100');
    expect(c.blocks.map((b) => [b.kind, b.titleCase])).toEqual([
      ['heading', true], ['text', false], ['item', false], ['item', false],
    ]);
    expect(c.text).not.toContain('- AEE');
  });

  it('joins a hard-wrapped text\'s lines before a capitalised word when the line fills the wrap width', () => {
    // A release typed at a fixed width (or a PDF's text, a visual line at a time): the breaks the lower case proves
    // give the width; a line that fills it and ends no sentence goes on, a short last line of a paragraph does not.
    const raw = [
      'Today the ministry published new rules that govern how dual-use goods may be shipped',
      'abroad, and it named the three firms whose licences were withdrawn under the Trade',
      'Ministry order. The firms had exported milling machines and spare parts to buyers in',
      'several countries over two years, and some of the shipments went through ports that',
      'the rules now list by name. Their owners were questioned at length by the Customs',
      'Service of the Republic, which keeps the records of every declaration they filed and',
      'will decide on fines. A hearing follows in May.',
      'Officials declined to comment.',
    ].join('\n');
    const c = cleanArticle(raw);
    expect(c.text).toContain('under the Trade Ministry order.');
    expect(c.text).toContain('by the Customs Service of the Republic, which');
    expect(c.text).toContain('A hearing follows in May.\n\nOfficials declined to comment.');
  });

  it('leaves lines apart in a text that is not hard-wrapped', () => {
    const c = cleanArticle('Drone Makers Keep Selling To Russian Buyers Through Central Asian Resellers And Their Partners In The Gulf\nWhat the records show');
    expect(c.text).toBe('Drone Makers Keep Selling To Russian Buyers Through Central Asian Resellers And Their Partners In The Gulf\n\nWhat the records show');
  });

  it('marks a title-case headline of more than twenty words as a heading', () => {
    const c = cleanArticle('Agency Takes Action Against Three More Carriers Operating Aircraft In Violation Of Export Rules And Updates Its List Of Aircraft Flying In Apparent Violation Of The Law\nOfficials said so.');
    expect(c.blocks.map((b) => [b.kind, b.titleCase])).toEqual([['heading', true], ['text', false]]);
  });

  it('recognises headline capitalisation', () => {
    expect(isTitleCase('Why Drones Matter to Russia')).toBe(true);
    expect(isTitleCase('China secretly sold military aid to Russia')).toBe(false);
  });
});

describe('clean: site boilerplate is not content', () => {
  it('drops "Read also" link lists, subscription and copyright lines', () => {
    const raw = [
      'Copyright \u00a9 2024 Example.com',
      'China sold drones to Russia.',
      'Read also:',
      '  \u2022 Iran ships missiles to Russia',
      '  \u2022 Belarus buys chips from China',
      'Officials confirmed the deal.',
      'Subscribe to our channels',
    ].join('\n\n');
    const c = cleanArticle(raw);
    expect(c.text).toBe('China sold drones to Russia.\n\nOfficials confirmed the deal.');
  });

  it('cuts a footer after a strong marker near the end of the page', () => {
    const body = 'China sold drones to Russia, the report said. '.repeat(8);
    const c = cleanArticle(`${body}\n\nRelated Posts\n\nIran sold missiles to Russia.`);
    expect(c.text).not.toContain('Iran');
  });

  it('drops a link\'s words a page left at the end of a paragraph ("... on Friday. READ MORE"), mapping the rest back', () => {
    const raw = 'Brask Logistics shipped the tubes to Laos on Friday. READ MORE\n\nThe firm denied it. \u201cWe comply.\u201d Read more\n\nWhy investigators want to read more\n\nHe urged readers to read more.';
    const c = cleanArticle(raw);
    expect(c.text).toMatch(/^Brask Logistics shipped the tubes to Laos on Friday\.\n\nThe firm denied it\. "We comply\."\n\n/);
    // (Only after a sentence's end: a headline may end in the words, and a sentence may.)
    expect(c.text).toContain('Why investigators want to read more');
    expect(c.text).toMatch(/He urged readers to read more\.$/);
    expect(back(raw, '"We comply."')).toBe('\u201cWe comply.\u201d');
  });

  it('drops a photo credit left at the end of a caption, glued to its last word or after its sentence; keeps a sentence on photos', () => {
    const raw = 'Two Thai traders are accused of breaking sanctions against LaosImage: Brask Pictures/agency/J. Orvel\n\n' +
      'Drones hit the depot on Monday. Photo: Halvern Press\n\nA guard holds a drone\'s remains in May. (Irina Olskaya/Brask Images)\n\n' +
      'The report said the Photo: tag was missing. Exports (by value/volume) rose. Trade rose. (Laos/Vietnam customs data)';
    const c = cleanArticle(raw);
    expect(c.text).toMatch(/^Two Thai traders are accused of breaking sanctions against Laos\n\nDrones hit the depot on Monday\.\n\nA guard holds a drone's remains in May\.\n\n/);
    expect(c.text).toContain('Exports (by value/volume) rose. Trade rose. (Laos/Vietnam customs data)');
    expect(c.text).toContain('The report said the Photo: tag was missing.');
    expect(back(raw, 'against Laos')).toBe('against Laos');
    // (A wire service's name marks a credit as a picture agency's does.)
    expect(cleanArticle('Officials met in Vientiane in May. (Tomas Varno/Bloomberg)\n\nTrade rose.').text).toBe('Officials met in Vientiane in May.\n\nTrade rose.');
  });

  it('drops a notice on permission to reproduce, keeps a sentence on an export made without permission and a reprint\'s source', () => {
    const story = [
      'Brask Logistics was fined for shipping rocket valves to Laos without permission, the paper reported.',
      // (Copying verbs in the story: no notice's shape.)
      'Brask Logistics redistributed chips to Laos without permission, prosecutors said.',
      'Engineers at Kestrova copied the drone design and exported it to Laos without permission.',
      'Brask Logistics exported drones without the written permission of the trade ministry, prosecutors said.',
      'The site in Laos was built without the written permission of the authorities, officials said.',
      'Under the licence, the rifles may not be redistributed to third countries, the ministry said.',
      'No part of the loan may be used to buy Laotian drones, the ministry said.',
      'This article was first published by Halvern Daily and is reprinted with permission.',
    ];
    const notices = [
      'This material may not be published, broadcast, rewritten or redistributed without permission.',
      'No part of this publication may be reproduced without the prior written permission of the publisher.',
      'This article may not be reproduced without the express written permission of Halvern Media.',
      'Use of this content requires written permission from Halvern Media.',
    ];
    expect(cleanArticle([...story.slice(0, 2), ...notices, ...story.slice(2)].join('\n\n')).text).toBe(story.join('\n\n'));
  });

  it('keeps a mid-article sentence that merely mentions subscriptions', () => {
    const c = cleanArticle('Russia subscribed to the treaty in 2003, long before the war started and the sanctions followed it.');
    expect(c.text).toContain('subscribed');
  });
});

describe('clean: HTML', () => {
  const html =
    '<!doctype html><html><head><title>T</title><script>var Russia = 1;</script></head><body>' +
    '<nav><a href="/">Home</a></nav><h1>Kazakh trader re-exported tools</h1>' +
    '<p>A firm, <strong>Steppe Supply</strong>, sold tools worth &euro;7 million to Russia&rsquo;s Kalashnikov.</p>' +
    '<ul><li>One</li><li>Two</li></ul><footer>&copy; 2024 News</footer></body></html>';

  it('detects HTML and strips scripts, navigation and footers', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('Plain text with a < sign and <b> once.')).toBe(false);
    const c = cleanArticle(html);
    expect(c.html).toBe(true);
    expect(c.text).toContain("A firm, Steppe Supply, sold tools worth \u20ac7 million to Russia's Kalashnikov.");
    expect(c.text).not.toMatch(/var Russia|Home|2024 News/);
    expect(c.blocks.map((b) => b.kind)).toEqual(['heading', 'text', 'item', 'item']);
  });

  it('maps spans to the raw HTML, entities and inline tags included', () => {
    const c = cleanArticle(html);
    const i = c.text.indexOf('Steppe Supply, sold');
    const [s, e] = sourceSpan(c, i, i + 'Steppe Supply, sold'.length);
    expect(c.source).toBe(html);
    expect(html.slice(s, e)).toBe('Steppe Supply</strong>, sold');
    const j = c.text.indexOf("Russia's");
    const [s2, e2] = sourceSpan(c, j, j + "Russia's".length);
    expect(html.slice(s2, e2)).toBe('Russia&rsquo;s');
  });

  it('stripHtml decodes numeric and named entities', () => {
    const { text, start, end } = stripHtml('<p>A&amp;B &#8212; &#x41;</p>');
    expect(text.trim()).toBe('A&B \u2014 A');
    const k = text.indexOf('&');
    expect([start[k], end[k]]).toEqual([4, 9]);
  });
});
