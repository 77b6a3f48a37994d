/**
 * The mention stage on the constructions real reporting uses to name entities, one test per construction, each on
 * sentences written for the test (placeholder names, no article text).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText, mustEntity } from './helpers.js';

describe('entities: constructions of real reporting', () => {
  it('reads a legal form written out before a name as a firm\'s: "Joint Stock Company A", "Public Joint-Stock Company B"', () => {
    for (const name of ['Joint Stock Company Vestrik', 'Public Joint-Stock Company Orvel', 'Limited Liability Company Kestrova']) {
      expect(mustEntity(extractText(`The measures cover ${name}.`), name).kind).toBe('company');
    }
    // (Not a law on such firms.)
    expect(entity(extractText('The Limited Liability Company Law of Mongolia requires firms to register.'), 'Limited Liability Company Law')?.kind).not.toBe('company');
  });

  it('keeps a country named only by a demonym that gives a company or a person its nationality', () => {
    const out = extractText('Customs records show that a Latvian company sold the parts, and two Estonian businessmen paid for them. A German publication first reported the deal.');
    expect(entity(out, 'Latvia')?.kind).toBe('country');
    expect(entity(out, 'Estonia')?.kind).toBe('country');
    // An outlet's nationality is no party to the story.
    expect(entity(out, 'Germany')).toBeUndefined();
  });

  it('knows the Koreas by their abbreviated wire-copy names: "N. Korea", "S. Korean"', () => {
    const out = extractText('Officials from N. Korea met envoys in Laos. A S. Korean company sold radios to Laos.');
    expect(entity(out, 'North Korea')?.kind).toBe('country');
    expect(entity(out, 'South Korea')?.kind).toBe('country');
    expect(out.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('reads a demonym and a capitalised common word as one name where the article writes the word in lower case too', () => {
    const out = extractText('Tessaly Optics signed a deal with Mongolian Helicopters, a subsidiary of Halvern Group. It later bought two helicopters.');
    expect(entity(out, 'Mongolian Helicopters')?.kind).toBe('company');
    expectRel(out, 'SUBSIDIARY_OF', 'Mongolian Helicopters', 'Halvern Group');
    // (A word the article never writes in lower case may be a name of its own after a nation's adjective, unless it is
    // a word for goods: no firm is called "Helicopters" alone.)
    expect(entity(extractText('Tessaly Optics signed a deal with Mongolian Horizons, a subsidiary of Halvern Group.'), 'Mongolian Horizons')).toBeUndefined();
  });

  it('reads a name ending in a line-of-business word as a firm where nothing else vouches for it: "Tessaly Avionics"', () => {
    const out = extractText('Halvern Group acquired Tessaly Avionics in 2021.');
    expect(entity(out, 'Tessaly Avionics')?.kind).toBe('company');
    expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Avionics', 'Halvern Group');
  });

  it('keeps a common word opening a sentence in a name when a line-of-business word follows: "Device Consulting, ..."', () => {
    const out = extractText('Device Consulting, Halvern Group and Tessaly Optics, which deal in electronics, also fell under export restrictions.');
    expect(entity(out, 'Device Consulting')?.kind).toBe('company');
    // (Not a plural trade word: "Exports Trading rose" names no firm.)
    expect(extractText('Exports Trading rose in 2023 across the region.').entities.filter((e) => e.kind === 'company')).toEqual([]);
  });

  it('knows more legal forms that close a name: "A OÜ" (Estonia), "A EOOD" (Bulgaria), "A Zrt" (Hungary)', () => {
    const out = extractText('Halvern OÜ did not respond. Tessaly EOOD has an office in Sofia. Representatives of Dorvela Zrt declined to comment.');
    for (const n of ['Halvern OÜ', 'Tessaly EOOD', 'Dorvela Zrt']) expect(entity(out, n)?.kind).toBe('company');
  });

  it('knows intergovernmental bodies, which no word of their name classifies', () => {
    const out = extractText('The parts were sanctioned by both Georgia and the EU last year, while NATO said it would respond.');
    expect(entity(out, 'EU')?.kind).toBe('government');
    expect(entity(out, 'NATO')?.kind).toBe('organization');
  });

  it('reads a name spelt with letters beyond Latin-1 as one name', () => {
    const out = extractText('The firm is owned by Czech businessman Tomáš Dvořák. "We sold nothing," said Jānis Bērziņš, a spokesman for the firm.');
    expect(entity(out, 'Tomáš Dvořák')?.kind).toBe('person');
    expect(entity(out, 'Jānis Bērziņš')?.kind).toBe('person');
  });

  it('reads the person after an official title with its field, and after a role such as shareholder', () => {
    const a = extractText('Deputy Minister for Trade and Economic Security Mara Olsen said on Monday that the export licences were revoked.');
    expect(entity(a, 'Mara Olsen')?.kind).toBe('person');
    expect(entity(a, 'Security Mara Olsen')).toBeUndefined();
    const b = extractText('The shipments were arranged by former Velko Trading shareholder and employee Piet Brandt, the documents show.');
    expect(entity(b, 'Piet Brandt')?.kind).toBe('person');
  });

  it('keeps "and" inside a firm name before line-of-business words and a legal form, and between initials', () => {
    const out = extractText('Hong Kong-based Orion Vega and Logistics Ltd shipped the modules to a buyer in Minsk. The parts were then sold by T and K Trading, a firm registered in Dubai.');
    expect(entity(out, 'Orion Vega and Logistics Ltd')?.kind).toBe('company');
    expect(entity(out, 'Logistics Ltd')).toBeUndefined();
    expect(entity(out, 'T and K Trading')?.kind).toBe('company');
    const list = extractText('The US sanctioned four firms: Nova Design and Development, Kest Trading and Lume Group.');
    expect(entity(list, 'Nova Design and Development')?.kind).toBe('company');
    expect(entity(list, 'Kest Trading')?.kind).toBe('company');
  });

  it('reads a name ending in a legal form as a company even when it opens with a title word', () => {
    const out = extractText('Prince Amber Technology Co Ltd gave no answer to our questions about the invoices.');
    expect(entity(out, 'Prince Amber Technology Co Ltd')?.kind).toBe('company');
  });

  it('reads a "Presidency of ..." as a government body, its whole name one entity', () => {
    const out = extractText("Thailand sanctioned Laos's Presidency of Arms Procurement (PAP) on Monday.");
    expect(mustEntity(out, 'Presidency of Arms Procurement').kind).toBe('government');
    expect(entity(out, 'Presidency')).toBeUndefined();
    expectRel(out, 'SANCTIONED', 'Thailand', 'Presidency of Arms Procurement');
  });

  it('reads a central bank named in lower case after its country as a government body', () => {
    const out = extractText('Payments stalled after the Turkish central bank warned lenders about the transfers.');
    expect(entity(out, 'Turkish central bank')?.kind).toBe('government');
  });

  it('reads a treasury or a department written in lower case after its country as a government body: "the US treasury department"', () => {
    const out = extractText('The US treasury department sanctioned Velkor Ltd in May. The US state department said more would follow.');
    const treasury = entity(out, 'Department of the Treasury');
    expect(treasury?.kind).toBe('government');
    expectRel(out, 'SANCTIONED', 'Department of the Treasury', 'Velkor Ltd');
    expect(entity(out, 'Department of State')?.kind).toBe('government');
    // "the US treasury" alone is the same body.
    const bare = extractText('The US treasury blacklisted Velkor Ltd last year.');
    expectRel(bare, 'SANCTIONED', 'Department of the Treasury', 'Velkor Ltd');
    // A state company is no body.
    expect(entity(extractText('The Russian state company Rostex makes radios.'), 'Rostex')?.kind).toBe('company');
  });

  it('reads a firm whose name opens with a title word as a firm: "Head Orbital Technology", not a person "Orbital Technology"', () => {
    const out = extractText('Another firm named on Monday was Head Orbital Technology, which sells radar images to Belarus.');
    expect(entity(out, 'Head Orbital Technology')?.kind).toBe('company');
    expect(entity(out, 'Orbital Technology')).toBeUndefined();
    // (A title before a person's name still marks the person.)
    expect(entity(extractText('Head of mission Dana Whitlow said so.'), 'Dana Whitlow')?.kind).toBe('person');
  });

  it('reads the agents of "reporting by" and the rest of their list as outlets, but not a credit line\'s journalists', () => {
    const out = extractText('Investigative reporting by Nord Vesti, Kapital.Kz, and ICRN shows that the network controlled the exports. (Reporting by Anna Berg; Editing by Tom Hale)');
    expect(['Nord Vesti', 'Kapital.Kz', 'ICRN'].map((n) => entity(out, n)?.kind)).toEqual(['media', 'media', 'media']);
    expect(entity(out, 'Anna Berg')?.kind).not.toBe('media');
  });

  it('reads a legal form in capitals before a name as a company, and slash-joined acronyms as one name', () => {
    const out = extractText('According to a draft document seen by ABC/XY, Orion Pulp LLC and Vega Cellulose LLC supply pulp to plants in Kazan. The owners also hold shares in LLC Vesta Invest.');
    expect(entity(out, 'LLC Vesta Invest')?.kind).toBe('company');
    // The outlet that saw the document stays an outlet though a list of companies follows it.
    expect(entity(out, 'ABC/XY')?.kind).toBe('media');
    expect(entity(out, 'ABC')).toBeUndefined();
  });

  it('reads a sentence-opening word the article also writes in lower case as a common word', () => {
    const out = extractText('Prosecutors said the parts were shipped in March. Local prosecutors opened a case against Vela Trading LLC.');
    expect(entity(out, 'Prosecutors')).toBeUndefined();
    expect(entity(out, 'Vela Trading LLC')?.kind).toBe('company');
  });

  it('reads names in list items of the form "<name>: <gloss>" (the gloss, not the name, tells the capitalisation)', () => {
    const out = extractText('The Treasury named the following firms:\n- Orion Vega Heavy Crane Marine Engineering Holding Co. Ltd.: Named for selling radar parts to the Volna Group.\n- Kest Tong Trading Ltd.: Accused of something.');
    expect(entity(out, 'Orion Vega Heavy Crane Marine Engineering Holding Co. Ltd.')?.kind).toBe('company');
    expect(entity(out, 'Kest Tong Trading Ltd.')?.kind).toBe('company');
  });

  it('reads "<name> Company" and a name with a legal form in capitals before its seat as companies', () => {
    const out = extractText('Velta Microsystems Company (VMC) buys chips abroad. One intermediary is Serbia-based Kora Trading DOO Novi Sad (KT), which has helped it.');
    expect(entity(out, 'Velta Microsystems Company')?.kind).toBe('company');
    expect(entity(out, 'Kora Trading DOO Novi Sad')?.kind).toBe('company');
  });

  it('reads a name before "news agency", a maker in a bare apposition and the subject of a relative clause of making', () => {
    const out = extractText('Research by the Vesti Asia news agency revealed the routes. Korsak, maker of Russian cargo helicopters, was also designated. The firm bought machine tools for Zenit, which develops air defence systems for Russia.');
    expect(entity(out, 'Vesti Asia')?.kind).toBe('media');
    expect(entity(out, 'Korsak')?.kind).toBe('company');
    expect(entity(out, 'Zenit')?.kind).toBe('company');
  });

  it('reads personal names by "who", by a role given with "as", through a list, and by a family name written first', () => {
    const out = extractText('Its main buyer is Dorlak, which is owned by Marta Kovač and Pavel Ruden, who sell spare parts in Russia. A filing lists Zhou Minghai as the new owner of 12 per cent of Dorlak. Zhou, based in Shenzhen, owns Vexa Electronics. Ivan Belov, who served as deputy minister, bought a stake in Dorlak.');
    expect(['Marta Kovač', 'Pavel Ruden', 'Zhou Minghai', 'Ivan Belov'].map((n) => entity(out, n)?.kind)).toEqual(['person', 'person', 'person', 'person']);
    // "Zhou" alone is the same person, not a second entity.
    expect(entity(out, 'Zhou')?.name).toBe('Zhou Minghai');
  });

  it('reads a name after "St." as a place and a "Corps" as a government body', () => {
    const out = extractText('One importer, Vela Trading LLC, registered in St. Petersburg, opened in May. The network helped the Islamic Revolutionary Guards Corps obtain motors.');
    expect(entity(out, 'Petersburg')).toBeUndefined();
    expect(entity(out, 'Islamic Revolutionary Guards Corps')?.kind).toBe('government');
  });

  it('makes "the <demonym> military" an entity only where a relation names it, and keeps its country either way', () => {
    const party = extractText('Velta Trading LLC supplied the engines to the Russian military in 2023.');
    expect(entity(party, 'Russian military')?.kind).toBe('government');
    const aside = extractText('Velta Trading LLC makes engines. The Russian military has used such drones widely.');
    expect(entity(aside, 'Russian military')).toBeUndefined();
    expect(entity(aside, 'Russia')?.kind).toBe('country');
  });

  it('makes "the <demonym> army", "... military" and "... armed forces" of one article one body', () => {
    const out = extractText('Velta Trading LLC supplied engines to the Russian army. Norvik Ltd sold chips to the Russian military. ' +
      'Tarsel Ltd shipped optics to the Russian armed forces.');
    const bodies = out.entities.filter((e) => e.kind === 'government');
    expect(bodies).toHaveLength(1);
    for (const supplier of ['Velta Trading LLC', 'Norvik Ltd', 'Tarsel Ltd']) expect(expectRel(out, 'SHIPPED_TO', supplier, bodies[0].name).rule).toMatch(/^frame:supply/);
  });

  it('reads a name followed by a role only people hold, without an article, as a person: "A, head of the agency, said"', () => {
    const out = extractText('Exports kept rising. Tereza Holmik, head of the customs inquiry, said the firm knew. ' +
      'The trend is clear, Piet Vander, senior research fellow at the institute, wrote. ' +
      'Velta Trading, official distributor of the brand, sold drones to Russia.');
    expect(entity(out, 'Tereza Holmik')?.kind).toBe('person');
    expect(entity(out, 'Piet Vander')?.kind).toBe('person');
    // A role a firm can hold too is no cue.
    expect(entity(out, 'Velta Trading')?.kind).toBe('company');
  });

  it('reads a role opened by its organisation\'s name as a person\'s: "A, Trade Ministry deputy secretary, told"', () => {
    const out = extractText('Yoss Tarkan, Trade Ministry deputy secretary, told reporters the rules were clear. ' +
      "Ilse Varnova, the Trade Ministry's chief economist, said exports fell. " +
      'Velta Trading, Norvik Group chief executive Oren Kastel said, sold drones to Russia.');
    expect(entity(out, 'Yoss Tarkan')?.kind).toBe('person');
    expect(entity(out, 'Ilse Varnova')?.kind).toBe('person');
    // (A role followed by a name is that name's.)
    expect(entity(out, 'Velta Trading')?.kind).not.toBe('person');
  });

  it("reads the apposition after a quoted name: \"helping 'A', a firm that is engaged in the sale of G to B\"", () => {
    const out = extractText('The ministry blacklisted Tarvel Shipping for helping \u2018Velmar Star\u2019, a firm that is engaged in the sale of crude to China and Venezuela.');
    expect(entity(out, 'Velmar Star')?.kind).toBe('company');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmar Star', 'Venezuela').rule).toBe('frame:engaged-in-supply/passive');
  });

  it('takes a canal, a strait or a sea for a place a ship passes, never a party: "heads for the Adriatic through the Corvath Canal"', () => {
    const out = extractText('A tanker under sanctions heads for the Adriatic through the Corvath Canal from Russia. Velmor Shipping sent the tanker through the Tarsen Strait to Russia.');
    for (const place of ['Adriatic', 'Corvath Canal', 'Tarsen Strait']) expect(entity(out, place)).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Velmor Shipping', 'Russia');
  });

  it('takes a region within a state, at war or annexed, for a place, never a firm: "sent armoured cars to Crimea"', () => {
    const out = extractText('Velmor Shipping sent armoured cars to Crimea and to Tatarstan last year.');
    for (const place of ['Crimea', 'Tatarstan']) expect(entity(out, place)).toBeUndefined();
  });

  it('reads a person behind a month\'s abbreviation or a place\'s name: "Minister Jan Novel", "55-year-old Douglas Reen"', () => {
    const out = extractText('Deputy Minister Jan Novel replied that he knew of no such firms. The suspects are 61-year-old Petr Halas and 47-year-old Douglas Reen. ' +
      'On Jan 5 the customs office met. Kazan Helicopters said it would sell.');
    expect(entity(out, 'Jan Novel')?.kind).toBe('person');
    expect(entity(out, 'Douglas Reen')?.kind).toBe('person');
    // A name ending in goods is a maker's, whatever verb of speech follows.
    expect(entity(out, 'Kazan Helicopters')?.kind).not.toBe('person');
  });

  it('reads outlets after "the news outlets The ..." and "the radio station", and firms a described phrase gives', () => {
    const media = extractText('The probe was published by the news outlets The Courant and Lumenpost on Monday. It was first aired by the Czech radio station RTX FM.');
    for (const outlet of ['Courant', 'Lumenpost', 'RTX FM']) expect(entity(media, outlet)?.kind).toBe('media');
    // (In quotes after the outlet's noun, whole: not the words of a title a portal carries.)
    const quoted = extractText('The Laotian web publication "The Vestrik" wrote that Thai firms export chips. The data appear on the ministry\'s portal "Trade and Sanctions".');
    expect(entity(quoted, 'Vestrik')?.kind).toBe('media');
    expect(quoted.entities.filter((e) => e.kind === 'media').map((e) => e.name)).toEqual(['Vestrik']);
    const firms = extractText('Three companies \u2014 Halvik Brno, Ostermann, and KALDER-ZPT \u2014 shipped most of the presses. ' +
      'Last spring, a Slovak company with Russian owners, Tremos MAS, came under investigation. The firm in question is Verlo Tech, which made the furnaces.');
    for (const firm of ['Halvik Brno', 'Ostermann', 'KALDER-ZPT', 'Tremos MAS', 'Verlo Tech']) expect(entity(firms, firm)?.kind).toBe('company');
  });

  it('keeps capitalised words joined by a slash as one name, never two places: "Halder/Wenning", not "Russia/Ukraine"', () => {
    const out = extractText('Reporters found that Halder/Wenning supplied industrial furnaces to Russia. The Russia/Ukraine border stayed shut.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halder/Wenning', 'Russia').rule).toBe('frame:supply/active');
    expect(entity(out, 'Russia/Ukraine')).toBeUndefined();
  });

  it('reads outlets journalism\'s conventions name: an investigation by X, a credit line, a dateline, a headline\'s credit', () => {
    const out = extractText('Drones reach the front through the Caspian \u2013 Corvex News\n\nSource: Lumenpost\n\n' +
      'Riga (Baltwire) \u2014 Customs data show the trade. These findings came from an investigation by Nordtrak. Transmits to Velnet with reference to Skarpo.');
    for (const outlet of ['Corvex News', 'Lumenpost', 'Baltwire', 'Nordtrak', 'Skarpo']) expect(entity(out, outlet)?.kind).toBe('media');
    // A headline's label is no outlet.
    expect(entity(extractText('Exclusive: Velkor LLC shipped drones to Russia\n\nVelkor LLC shipped drones to Russia.'), 'Exclusive')).toBeUndefined();
  });

  it('makes "the <demonym> government" a body where a relation names it, and "the US government" the country', () => {
    const out = extractText('The Chinese government imposed sanctions on Velkor LLC on Monday. Tarsin LLC supplied drone parts to the Iranian government. ' +
      'The US government imposed sanctions on Orvik LLC. The Czech government said it would respond.');
    expect(expectRel(out, 'SANCTIONED', 'Chinese government', 'Velkor LLC').rule).toBe('frame:impose/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin LLC', 'Iranian government').rule).toBe('frame:supply/active');
    expectRel(out, 'SANCTIONED', 'United States', 'Orvik LLC');
    // Named in no relation: no entity of its own.
    expect(entity(out, 'Czech government')).toBeUndefined();
  });

  it('reads an enterprise named after its works as a company: "the X Heavy Press Plant", "X Aircraft Repair Works"', () => {
    const out = extractText('Prosecutors sought the seizure of a stake in the Kursova Heavy Press Plant. Dravin Aircraft Repair Works was added to the list.');
    expect(entity(out, 'Kursova Heavy Press Plant')?.kind).toBe('company');
    expect(entity(out, 'Dravin Aircraft Repair Works')?.kind).toBe('company');
  });

  it('reads a name of common words after "aggregator" as a firm, and an airline\'s cargo arm opened by its country as one firm', () => {
    const out = extractText('The flights were found by Laotian trade data aggregator Silver Harvest. Its jets and those of Laos Air Cargo flew to Vietnam.');
    expect(entity(out, 'Silver Harvest')?.kind).toBe('company');
    expect(entity(out, 'Laos Air Cargo')?.kind).toBe('company');
    // (A news aggregator is an outlet.)
    expect(entity(extractText('The Laotian news aggregator Vestrik carried the report.'), 'Vestrik')?.kind).toBe('media');
  });

  it('reads a body of research from its apposition, whole even when its first word is a common one: "X, a UK-based group monitoring ..."', () => {
    const out = extractText('The frontier moved. Frontier Velcor Analytics, a UK-based group monitoring weapons flows, found the parts. ' +
      'Orvin Watch, a British research institute, agreed. Velkor, a Chinese group that makes drones, denied it.');
    expect(entity(out, 'Frontier Velcor Analytics')?.kind).toBe('organization');
    expect(entity(out, 'Orvin Watch')?.kind).toBe('organization');
    expect(entity(out, 'Velkor')?.kind).not.toBe('organization');
  });

  it('keeps the countries whose demonyms say where goods come from, a whole list of them: "German, Italian and even US-made lathes"', () => {
    const out = extractText('Traders say that German, Italian, Korean and even U.S.-made lathes still reach the buyers. Velkor LLC sold French drones.');
    for (const country of ['Germany', 'Italy', 'United States', 'France']) expect(entity(out, country)?.kind).toBe('country');
    // A demonym before people says nothing of goods.
    expect(entity(extractText('German and Czech officials met on Monday.'), 'Germany')).toBeUndefined();
  });

  it('closes a name at a legal form written in lower case: "The companies are Varto oy and Kelmi oy"', () => {
    const out = extractText('Customs named two firms. The companies are Varto oy and Kelmi oy. Velkor ltd shipped drones to Russia.');
    expect(entity(out, 'Varto oy')?.kind).toBe('company');
    expect(entity(out, 'Kelmi oy')?.kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Velkor ltd', 'Russia');
  });

  it('reads the names a copula gives a plural company noun: "The companies are A and B", "The two firms were A, B and C"', () => {
    const out = extractText('Prosecutors named the suspects. The companies are Velmor and Tarsik. The two firms were Orvin, Kelta and Marsk.');
    for (const firm of ['Velmor', 'Tarsik', 'Orvin', 'Kelta', 'Marsk']) expect(entity(out, firm)?.kind).toBe('company');
  });

  it('reads a two-word name a copula calls a company, unless it is shaped as a person\'s', () => {
    const out = extractText('According to Laos, Brask Orvel is the main front company that runs the ministry’s trade. Irina Olskaya was a major supplier of the ministry.');
    expect(entity(out, 'Brask Orvel')?.kind).toBe('company');
    expect(entity(out, 'Irina Olskaya')?.kind).toBe('person');
  });

  it('takes no company from a person\'s name a copula calls a supplier: "Martin Varno is a major supplier of G"', () => {
    expect(entity(extractText('Martin Varno is a major supplier of drones to Orvanne.'), 'Martin Varno')?.kind).toBe('person');
  });

  it('ends "Company for" before a second firm\'s name: "to B Trading Company for Halvern Technologies"', () => {
    const out = extractText('Laos sold drones to Brask Trading Company for Halvern Technologies.');
    expect(entity(out, 'Brask Trading Company')).toBeDefined();
    expect(entity(out, 'Halvern Technologies')).toBeDefined();
  });

  it('takes no company from "X is the company\'s founder"', () => {
    expect(entity(extractText('Orvel is the company’s founder.'), 'Orvel')?.kind).not.toBe('company');
  });

  it('reads the subject of "has reached out to ... for comment" as an outlet', () => {
    const out = extractText('HKTV has reached out to Vela Trading for responses. Smith reached out to the firm for comment.');
    expect(entity(out, 'HKTV')?.kind).toBe('media');
    expect(entity(out, 'Smith')?.kind).not.toBe('media');
  });

  it('knows "-stani" demonyms, "the Islamic Republic" and a trading house', () => {
    const out = extractText('The Kyrgyzstani firm Vela Trading House supplied parts to the Islamic Republic, and Tehran paid.');
    expect(entity(out, 'Kyrgyzstan')?.kind).toBe('country');
    expect(entity(out, 'Vela Trading House')?.kind).toBe('company');
    expect(entity(out, 'Iran')?.aliases).toContain('Islamic Republic');
  });

  it('reads a name before "journalists" (quoted or not) as an outlet', () => {
    const out = extractText('The scheme was uncovered by the “Vesna Zapiski” journalists who studied customs filings. Parts went to Kemer Avia, Vesna Zapiski note.');
    expect(entity(out, 'Vesna Zapiski')?.kind).toBe('media');
  });
});

describe('entities: names with inner conjunctions, titles and quotes', () => {
  it('keeps "and" between line-of-business words before a legal form inside one name', () => {
    const out = extractText('The designated entities are Velmor Robotics and Electrical Industrial Co Ltd and Quarno Metals and Chemicals Technology Co.');
    expect(entity(out, 'Velmor Robotics and Electrical Industrial Co Ltd')?.kind).toBe('company');
    expect(entity(out, 'Quarno Metals and Chemicals Technology Co')?.kind).toBe('company');
    expect(entity(out, 'Electrical Industrial Co Ltd')).toBeUndefined();
  });

  it('reads "Department of X and Department of Y" as two bodies', () => {
    const out = extractText('The US Department of Commerce and Department of State jointly listed Alder Trading Ltd on Friday.');
    expect(entity(out, 'Department of State')?.kind).toBe('government');
    expect(out.entities.find((e) => / and Department/.test(e.name))).toBeUndefined();
  });

  it('ends a titled person at the name: "Secretary of the Treasury A B", "Attorney General A B of the Justice Department"', () => {
    const out = extractText('US Secretary of the Treasury Dana Whitlow said so. Assistant Attorney General Owen Marsh of the Justice Department said the scheme broke the law.');
    expect(entity(out, 'Dana Whitlow')?.kind).toBe('person');
    expect(entity(out, 'Owen Marsh')?.kind).toBe('person');
    expect(entity(out, 'Justice Department')?.kind).toBe('government');
  });

  it('takes a title alone for no one: "its General Director, A B"', () => {
    const out = extractText("Kestrel Vantor's General Director, Ivan Petrovich Lomov, was sanctioned by the US.");
    expect(entity(out, 'General Director')).toBeUndefined();
    expect(entity(out, 'Ivan Petrovich Lomov')?.kind).toBe('person');
  });

  it('keeps a camel-cased part after a hyphen in the name: "QRT-iMotion"', () => {
    const out = extractText('“Ardan’s sales to QRT-iMotion and Nereid EK have included controlled sensors,” the Treasury Department said.');
    expect(entity(out, 'QRT-iMotion')).toBeDefined();
    expect(entity(out, 'iMotion')).toBeUndefined();
  });

  it('reads a quoted name after "called", and no name in a gloss after "meaning"', () => {
    const out = extractText('One company called Ardan Tur, meaning “Red Heron,” bought scanners and passed them to a Belarusian company called “Copper Wren,” which resold them.');
    expect(entity(out, 'Copper Wren')?.kind).toBe('company');
    expect(entity(out, 'Heron')).toBeUndefined();
    expect(entity(out, 'Red Heron')).toBeUndefined();
  });
});

describe('entities: posts and the names of state organisations', () => {
  it('takes a post for no one and sanctions the person named after it: "the Deputy Minister of Industry of Belarus, A B,"', () => {
    const out = extractText('The EU imposed sanctions on Orsk Valve Works on Monday. Sanctions were imposed as well against the Deputy Minister of Industry of Belarus, Yury Daskovich, and others.');
    expect(entity(out, 'Deputy Minister of Industry of Belarus')).toBeUndefined();
    expectRel(out, 'SANCTIONED', 'EU', 'Yury Daskovich');
  });

  it('keeps "and" between activity words inside a name: "X Research and Self-Reliance Support Organization", "Design and Manufacturing of Marine Turbines Company"', () => {
    const out = extractText('The entities targeted are the Coastal Guard Research and Self-Reliance Support Organization and Design and Manufacturing of Marine Turbines Company. ' +
      'Also sanctioned were Duskmoor Electronics and Ferrowind LLC.');
    expect(entity(out, 'Coastal Guard Research and Self-Reliance Support Organization')).toBeDefined();
    expect(entity(out, 'Design and Manufacturing of Marine Turbines Company')).toBeDefined();
    // Two firms, not one: a distinctive word after "and".
    expect(entity(out, 'Ferrowind LLC')).toBeDefined();
  });
});

describe('entities: a capital I and a hyphenated compound opening a name', () => {
  it('reads "the Russian company I Gearline Works" and a line opening with "Da-Veng Innovations Co."', () => {
    const out = extractText('Since March 2022, the Russian company I Gearline Works, a supplier of tank makers, has bought lathes from Taiwan. ' +
      'Da-Veng Innovations Science & Technology Co. shipped drones to Russia.');
    expect(entity(out, 'I Gearline Works')?.kind).toBe('company');
    expect(entity(out, 'Da-Veng Innovations Science & Technology Co.')?.kind).toBe('company');
  });
});

describe('entities: a list member with its own modifier', () => {
  it('reads "A, B & C, state-owned D Electronics" as one list of firms: the modifier does not break it', () => {
    const out = extractText('The delegation included people linked to Marvast Sons, Olden & Pryce, state-owned Keshan Electronics, and two startups.');
    expect(entity(out, 'Marvast Sons')?.kind).toBe('company');
    expect(entity(out, 'Olden & Pryce')?.kind).toBe('company');
  });

  it('does not join names across a relative clause or an adverb ("A, which praised B", "A, then B")', () => {
    const out = extractText('The fund sold its stake in Keshan Electronics, which praised Tovar Ridge. Investors backed Keshan Electronics, then Ulmer Fjord.');
    expect(entity(out, 'Tovar Ridge')).toBeUndefined();
    expect(entity(out, 'Ulmer Fjord')).toBeUndefined();
  });
});

describe('entities: a city by the short name reporting uses', () => {
  it('reads "New York" before "said" as a place, and "New York Times" as an outlet', () => {
    const out = extractText('The Belarusian Consulate in New York said on Friday that nobody had called.');
    expect(entity(out, 'New York')?.kind ?? null).not.toBe('person');
    expect(entity(extractText('The New York Times reported the arrest.'), 'New York Times')?.kind).toBe('media');
  });
});

describe('entities: offices and sources named by their people', () => {
  it('reads "the Prosecutor General\'s Office" whole, as a body', () => {
    const out = extractText('The inquiry runs under the Prosecutor General\'s Office, and the Attorney General\'s Office joined it.');
    expect(entity(out, "Prosecutor General's Office")?.kind).toBe('government');
    expect(entity(out, "Attorney General's Office")?.kind).toBe('government');
  });

  it('reads "According to B," as the person the article named in full, and an unknown one-word source as an outlet', () => {
    const out = extractText('Spokeswoman Ilona Varsk said the plant sold parts abroad. According to Varsk, its owners knew. ' +
      'According to Tellwire, the owners were detained.');
    expect(entity(out, 'Ilona Varsk')?.kind).toBe('person');
    expect(out.entities.filter((e) => e.kind === 'media').map((e) => e.name)).toEqual(['Tellwire']);
  });
});

describe('entities: particles of personal names', () => {
  it('reads "al-", "von", "bin" inside a name, after a title and without one', () => {
    const out = extractText('Minister Abdel Rahim al-Kassar approved the order. The businessman Karl von Ritter, who sold parts to Belarus, left. ' +
      'Ahmed bin Tahnoun said so.');
    for (const name of ['Abdel Rahim al-Kassar', 'Karl von Ritter', 'Ahmed bin Tahnoun']) expect(entity(out, name)?.kind).toBe('person');
    expectRel(out, 'SHIPPED_TO', 'Karl von Ritter', 'Belarus');
  });
});

describe('entities: a French elision inside a name', () => {
  it('reads "Groupe d\'Etudes Varnier" whole (with a curly apostrophe too), and no name from an elision alone', () => {
    const out = extractText('The Belgian firm Groupe d\u2019Etudes Varnier shipped gauges to Sonvel. He called it d\'accord.');
    expect(entity(out, "Groupe d'Etudes Varnier")?.kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', "Groupe d'Etudes Varnier", 'Sonvel');
    expect(out.entities.map((e) => e.name).filter((n) => n.startsWith("d'"))).toEqual([]);
  });
});

describe('entities: the Polish legal form', () => {
  it('reads "A Sp. z o.o." and "B Sp. z.o.o." as whole company names, inside a sentence that goes on', () => {
    const out = extractText('The cargo left via Darvel Sp. z o.o., a forwarder in Gdansk, and Kostra Sp. z.o.o. in Lodz before it reached Belarus.');
    expect(entity(out, 'Darvel Sp. z o.o.')?.kind).toBe('company');
    expect(entity(out, 'Kostra Sp. z.o.o.')?.kind).toBe('company');
  });
});

describe('entities and trade: a capital I opening a firm name anywhere, a customer named after a time phrase', () => {
  it('reads "sent by a company called I Gearline Tools directly to I Gearline Systems. I Gearline Systems\'s largest customer in 2022 was B"', () => {
    const out = extractText('The early lots were sent by a Japanese company called I Gearline Tools directly to I Gearline Systems. ' +
      "I Gearline Systems's largest customer in 2022 was Avanta Machine-Building Plant, a maker of tank engines.");
    expectRel(out, 'SHIPPED_TO', 'I Gearline Tools', 'I Gearline Systems');
    expect(expectRel(out, 'SHIPPED_TO', 'I Gearline Systems', 'Avanta Machine-Building Plant').rule).toBe('frame:supply/customers-include');
  });
});

describe('entities: persons announced by what they are, styles of naming', () => {
  it('reads the names a plural noun for people announces, and a title such as "billionaire" or "dictator"', () => {
    const out = extractText('Firms tied to three listed billionaires, including Oren Kastelic and Pavel Ostrik, provided the acid. ' +
      'Tarvask, tied to billionaire Ilya Morden, sent nitrate to the plant. The regime of dictator Ryu Chol-su sent shells to Russia.');
    for (const name of ['Oren Kastelic', 'Pavel Ostrik', 'Ilya Morden']) expect(entity(out, name)?.kind).toBe('person');
    // (A Korean given name keeps its hyphenated syllable.)
    expect(entity(out, 'Ryu Chol-su')?.kind).toBe('person');
  });

  it('reads "russia" and "moscow" written in lower case, as some outlets do on purpose, as the places', () => {
    const out = extractText('Over the past two years, Varnia has sent about 40,000 mortar rounds to russia by rail.');
    expectRel(out, 'SHIPPED_TO', 'Varnia', 'Russia');
  });

  it('reads "A, founded by B," as a company and "brands such as A, B3C, C and D" as a list of companies past a model-like code', () => {
    const out = extractText('Investigators traced acid from Kelvaro, founded by Andrey Morden, to the plant. ' +
      'Shipments included laptops from brands such as Zolvek, Q3X, Parnita, Dravok, and Tarsis.');
    expect(entity(out, 'Kelvaro')?.kind).toBe('company');
    for (const name of ['Zolvek', 'Parnita', 'Dravok', 'Tarsis']) expect(entity(out, name)?.kind).toBe('company');
  });

  it('does not take one name for an apposition to a plural noun: "According to data analyzed by A, the firms supplied B"', () => {
    const out = extractText('According to data analyzed by Zelbor, the firms supplied Russia with drones.');
    expect(entity(out, 'Zelbor')?.kind).toBe('media');
    expect(out.relations.some((r) => r.type === 'SHIPPED_TO' && out.entities.find((e) => e.id === r.source)?.name === 'Zelbor')).toBe(false);
  });
});

describe('entities: outlets and NGOs named with their kind', () => {
  it('reads "the German media A, B and C" as outlets and "the Polish NGO A" as an organisation named A', () => {
    const out = extractText('The probe was done together with the German media KVF, ZBM and Elbtaler Zeitung, as well as the Polish NGO Tracewatch.');
    for (const name of ['KVF', 'ZBM', 'Elbtaler Zeitung']) expect(entity(out, name)?.kind).toBe('media');
    expect(entity(out, 'Tracewatch')?.kind).toBe('organization');
  });
});

describe('entities: offices, places in parentheses, institutions and joined firm words', () => {
  it('reads a name whose head also names public bodies as a firm among firms: "A Solutions, B Services and C Service"', () => {
    const out = extractText('Three companies took part in the scheme: Orvik Solutions, Halcott Services, and Pemberly Service.');
    expect(entity(out, 'Pemberly Service')?.kind).toBe('company');
    // A public body by its words stays one.
    expect(entity(extractText('Orvik Trading Ltd, Halcott Solutions and the Federal Security Service were named.'), 'Federal Security Service')?.kind).toBe('government');
  });

  it('reads "A, aka B", "A, a.k.a. B" and "A, also known as B" as one entity, and a list of them set off by semicolons', () => {
    const one = extractText('Prosecutors charged Orvik Trading, also known as Orvik Export Ltd, with exporting gyroscopes to Iran.');
    expect(one.entities.filter((e) => e.kind === 'company')).toHaveLength(1);
    expectRel(one, 'SHIPPED_TO', 'Orvik Trading', 'Iran');
    const out = extractText('The complaint accuses Lin Wei, aka Lily Lin; Tam Ka Wing, a.k.a. Kevin Tam; and Yeung Sau, also known as Sandy Yeung, of selling gyroscopes to Iran.');
    const suppliers = out.relations.filter((r) => r.type === 'SHIPPED_TO').map((r) => r.source);
    expect(new Set(suppliers).size).toBe(3);
    for (const alias of ['Lily Lin', 'Kevin Tam', 'Sandy Yeung']) expect(out.entities.filter((e) => e.name === alias || e.aliases.includes(alias))).toHaveLength(1);
    expect(out.entities.filter((e) => e.kind !== 'country')).toHaveLength(3);
  });

  it('keeps a city in parentheses inside a Chinese firm\'s name: "Morvex (Tianjin) Technology", "... Technology Co., Ltd."', () => {
    const out = extractText('Another parts maker, Morvex (Tianjin) Technology, sold flanges to Halden Works LLC.');
    expect(entity(out, 'Morvex (Tianjin) Technology')?.kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Morvex (Tianjin) Technology', 'Halden Works LLC');
    expect(entity(extractText('Morvex (Tianjin) Technology Co., Ltd. sold flanges to Halden Works LLC.'), 'Morvex (Tianjin) Technology Co., Ltd.')?.kind).toBe('company');
  });

  it('reads "(HK)" after a firm\'s name as where it is, so two firms listed with it stay two', () => {
    const out = extractText('The entities added are Tarvel Business Trading (HK), Sunvar Logistics (HK) and Kelfair International (Hong Kong).');
    for (const name of ['Tarvel Business Trading', 'Sunvar Logistics', 'Kelfair International']) expect(entity(out, name)?.kind).toBe('company');
    expect(out.entities.filter((e) => e.kind === 'company')).toHaveLength(3);
  });

  it('reads a title\'s office as one body, a demonym opening an institution, and "A Commercial and Trading" as one firm', () => {
    expect(entity(extractText("The Varnian Prosecutor's Office charged the group with smuggling drones to Russia."), "Varnian Prosecutor's Office")?.kind).toBe('government');
    expect(entity(extractText('The firm was founded by scientists of the Indian Institute of Science-Varno.'), 'Indian Institute of Science-Varno')?.kind).toBe('organization');
    expect(entity(extractText('The firms include Yelvo Tarnbrook Commercial and Trading, which sold parts to Russia.'), 'Yelvo Tarnbrook Commercial and Trading')?.kind).toBe('company');
  });
});

describe('entities: a code inside a firm\'s name', () => {
  it('keeps line-of-business words joined by "and" in one firm\'s name: "Varda Materials and Processes", "Engineering and Production"', () => {
    const out = extractText('The Indian company Varda Materials and Processes sold 20 gearboxes to Belarus. ' +
      'Velkor Engineering and Production Enterprise shipped lathes to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Varda Materials and Processes', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Velkor Engineering and Production Enterprise', 'Belarus');
    expect(entity(out, 'Processes')).toBeUndefined();
  });

  it('reads a model-like code right after a company noun as the firm\'s name: "a Korean company Dorvik77 supplied B with G"', () => {
    const out = extractText('Last spring a Korean company Dorvik77 supplied Belarus with six cranes.');
    expect(entity(out, 'Dorvik77')?.kind).toBe('company');
    expect(expectRel(out, 'SHIPPED_TO', 'Dorvik77', 'Belarus').rule).toBe('frame:supply-party/active');
    // Without the company noun the code stays a product.
    expect(entity(extractText('The cranes carried Dorvik77 motors.'), 'Dorvik77')?.kind).toBe('product');
  });

  it('reads "T9 Technologies" as a firm and "the Varlan-10 UAV" as a product', () => {
    const out = extractText('The supplier, Pune-based electronics firm T9 Technologies, has a record. Items were recovered in the Varlan-10 UAV.');
    expect(entity(out, 'T9 Technologies')?.kind).toBe('company');
    expect(entity(out, 'Varlan-10')?.kind).toBe('product');
  });
});

describe('entities: a group and a member that share its first words', () => {
  it('keeps "Tarmo Avia Group" and "Tarmo Avia Kestrel" apart, while "Tarmo Avia" stays the group', () => {
    const out = extractText('Russia’s Tarmo Avia Group continues to produce drones. Tarmo Avia bought engines from China. ' +
      'In one case, one of the companies, Tarmo Avia Kestrel, bought four engines from the Chinese firm Kelvaro Tech.');
    // (The group by any of its names; the member by its own.)
    const group = entity(out, 'Tarmo Avia Group');
    const member = out.entities.find((e) => e.name === 'Tarmo Avia Kestrel');
    expect(group?.kind).toBe('company');
    expect(member?.kind).toBe('company');
    expect(group?.id).not.toBe(member?.id);
  });
});

describe('entities: kinds of trading firms in apposition', () => {
  it('reads "A, a Šiauliai-based logistics service provider" and "B, a freight forwarder," as companies, not "C, a customs broker"', () => {
    const out = extractText('Several firms belong to ethnic Russians, as is true of Zelvora, a Šiauliai-based logistics service provider. ' +
      'Another exporter, Tarnex, a freight forwarder, declined to comment. Ivan Zolvekov, a customs broker, helped them.');
    expect(entity(out, 'Zelvora')?.kind).toBe('company');
    expect(entity(out, 'Tarnex')?.kind).toBe('company');
    expect(entity(out, 'Ivan Zolvekov')?.kind).not.toBe('company');
  });
});

describe('entities: the agent of making', () => {
  it('reads the names after "made by" as makers, past a country in the possessive before each, and no name in "made by hand"', () => {
    const a = extractText('The plant wanted staff trained on lathes made by Norvica and Telbrand.');
    expect(entity(a, 'Norvica')?.kind).toBe('company');
    expect(entity(a, 'Telbrand')?.kind).toBe('company');
    const b = extractText('Its engineers know control units manufactured by Norway’s Vantrel and Finland’s Osmira and Haldeck.');
    expect(entity(b, 'Vantrel')?.kind).toBe('company');
    expect(entity(b, 'Osmira')?.kind).toBe('company');
    expect(entity(b, 'Haldeck')?.kind).toBe('company');
    expect(entity(b, 'Finland')?.kind).toBe('country');
    const c = extractText('The casings were made by hand in a workshop near Perm.');
    expect(c.entities.map((e) => e.kind)).not.toContain('company');
  });
});

describe('entities: members of a list that "include" announces', () => {
  it('reads "the firms include A, B and C" as firms and "the officials include D and E" as persons', () => {
    const out = extractText('The Belgian firms include Varnox, Keldor and Brisk Halvo. The officials include Mara Velt and Tomas Brink.');
    for (const name of ['Varnox', 'Keldor', 'Brisk Halvo']) expect(entity(out, name)?.kind).toBe('company');
    expect(entity(out, 'Mara Velt')?.kind).toBe('person');
    expect(entity(out, 'Tomas Brink')?.kind).toBe('person');
  });
});

describe('entities: outlets by where writing appears', () => {
  it('reads "published in X" as an outlet, and a title opened by a German article as no personal name', () => {
    const a = extractText('The analysis was first published in Kestrel Lumen on Monday.');
    expect(entity(a, 'Kestrel Lumen')?.kind).toBe('media');
    const b = extractText('A joint investigation by Velmora and Die Woche traced the chips.');
    expect(entity(b, 'Die Woche')?.kind).toBe('media');
  });
});

describe('entities: a list closed by "and other firms"', () => {
  it('reads "A, B and other Danish multinationals" and "C and other companies" as firms', () => {
    const out = extractText('The ministry had talked to Norvica, Telbrand and other Danish multinationals. Later it called Kestrel and other companies.');
    for (const name of ['Norvica', 'Telbrand', 'Kestrel']) expect(entity(out, name)?.kind).toBe('company');
  });
});

describe('entities: an outlet cited with an adverb before its verb', () => {
  it('reads "As A previously reported, ..." as an outlet that ships nothing', () => {
    const out = extractText('As Varlo previously reported, the route for shipping drones from Iran to Belarus goes via the Caspian.');
    expect(entity(out, 'Varlo')?.kind).toBe('media');
    expect(out.relations.filter((r) => r.source === entity(out, 'Varlo')?.id)).toEqual([]);
  });
});

describe('entities: a legislature\'s committee with "and" in its name', () => {
  it('reads "Senate Homeland Defense and Governmental Affairs Standing Subcommittee on Exports" as one body', () => {
    const out = extractText('The Senate Homeland Defense and Governmental Affairs Standing Subcommittee on Exports found the chips.');
    expect(entity(out, 'Senate Homeland Defense and Governmental Affairs Standing Subcommittee on Exports')?.kind).toBe('government');
    expect(entity(out, 'Senate Homeland Defense')).toBeUndefined();
  });
});

describe('entities: a state firm named with its nation\'s demonym', () => {
  it('keeps the demonym in "the <demonym> Metallurgical Plant", where the words after it name nothing alone', () => {
    const out = extractText('Fuses came from the Kazakh Tractor Works and from the Nepalese Metallurgical Plant, paid through the Mongolian Investment Bank.');
    expect(entity(out, 'Nepalese Metallurgical Plant')?.kind).toBe('company');
    expect(entity(out, 'Kazakh Tractor Works')?.kind).toBe('company');
    expect(entity(out, 'Mongolian Investment Bank')).toBeDefined();
    expect(entity(out, 'Metallurgical Plant')).toBeUndefined();
    // A name of its own after the demonym is the firm's name, the demonym its nationality.
    const named = extractText('Rifles came from the Russian Varkosh Plant.');
    expect(entity(named, 'Varkosh Plant')?.kind).toBe('company');
    expect(entity(named, 'Russian Varkosh Plant')).toBeUndefined();
  });
});

describe('entities: a dateline', () => {
  it('reads no country from the city a report was filed in ("OSLO (Reuters) –", "VIENTIANE:"), and still reads the agency', () => {
    const out = extractText('OSLO (Reuters) – Factories owned by rich men are supplying valves to Belarusian plants.\n\nVIENTIANE: A Nepalese chip maker shipped relays to Mongolia.');
    expect(entity(out, 'Norway')).toBeUndefined();
    expect(entity(out, 'Laos')).toBeUndefined();
    expect(entity(out, 'Reuters')?.kind).toBe('media');
    expectRel(out, 'SHIPPED_TO', 'Nepal', 'Mongolia');
    // A firm's name in capitals before a dash is no dateline.
    const firm = extractText('ORVANE – the drone maker – shipped relays to Mongolia.');
    expect(entity(firm, 'ORVANE')).toBeDefined();
  });

  it('takes "AP" in a dateline for the outlet the article names "AP News"', () => {
    const out = extractText('AP NEWS\n\nTwo firms sanctioned\n\nWASHINGTON (AP) — The United States sanctioned Orvane Systems on Tuesday.');
    expect(out.entities.filter((e) => e.kind === 'media').map((e) => e.name)).toEqual(['AP NEWS']);
  });
});

describe('entities: a holding named "Group of Companies"', () => {
  it('reads "A Group of Companies LLC" as one name, the target of what the sentence says', () => {
    const out = extractText('Washington sanctioned Orvane Group of Companies LLC and Russian individual Igor Varlamov.');
    expect(entity(out, 'Orvane Group of Companies LLC')?.kind).toBe('company');
    expectRel(out, 'SANCTIONED', 'United States', 'Orvane Group of Companies LLC');
    expect(entity(out, 'Companies LLC')).toBeUndefined();
  });

  it('reads a group "of Entrepreneurs" or "of Company" as one name too, but not a group of a place', () => {
    const out = extractText('Laos sanctioned the Halvern Group of Entrepreneurs (HGE) Ltd., Brask Gateways Group of Company and Orvel Group of Laos.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group of Entrepreneurs (HGE) Ltd.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Gateways Group of Company');
    expectRel(out, 'SANCTIONED', 'Laos', 'Orvel Group');
    expect(entity(out, 'Halvern Group')).toBeUndefined();
  });
});

describe('entities: a headline after a section label and a bar', () => {
  it('reads a capitalised common word after "|" as a sentence\'s opening, no name', () => {
    const out = extractText('War in Laos | Dozens of traders charged with selling drones to Vietnam\n\nThe case opened on Monday.');
    expect(entity(out, 'Dozens')).toBeUndefined();
  });

  it('reads the label before the bar as no party of the headline after it', () => {
    const out = extractText('Laos | Dozens of firms shipped drones to the Laotian army, Halvern Group said.\n\nThe case opened on Monday.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('entities: a code-shaped name in a list of firms', () => {
  it('reads "companies such as Orv999 and B" with Orv999 as a firm, not a model', () => {
    const out = extractText('Lao companies such as Orv999 and Pellick Aviation have supplied helicopters to Belarus.');
    expect(entity(out, 'Orv999')?.kind).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Orv999', 'Belarus');
    // A model after "products such as" stays a model.
    const model = extractText('The firm sells products such as KX200 and other drones.');
    expect(entity(model, 'KX200')?.kind).toBe('product');
  });
});

describe('entities: a Korean given name with a four-letter second syllable', () => {
  it('reads "Ko Sun-byol" as one person, and "Hong Kong-based" as no name of a person', () => {
    const out = extractText('South Korea sanctioned Ko Sun-byol, head of a Lao trading firm, and two Hong Kong-based firms.');
    expect(entity(out, 'Ko Sun-byol')?.kind).toBe('person');
    expectRel(out, 'SANCTIONED', 'South Korea', 'Ko Sun-byol');
    expect(out.entities.map((e) => e.name)).not.toContain('Hong Kong-based');
  });
});

describe('entities: a nation\'s combining form before a hyphen', () => {
  it('reads "Sino-Russian firms" and "Anglo-French" as no name of a firm, in a list of firms too', () => {
    const out = extractText('The United States imposed sanctions on several companies, including Orvanne Semiconductor and other Sino-Russian joint ventures.');
    expect(out.entities.map((e) => e.name)).toEqual(['United States', 'Orvanne Semiconductor']);
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(1);
    const anglo = extractText('Halvern Group and several Anglo-French firms were hit by the measures.');
    expect(anglo.entities.map((e) => e.name)).toEqual(['Halvern Group']);
  });
});

describe('entities: an abbreviation of a kind of technology', () => {
  it('reads "CNC machine tools", "FPV drones" and "GPS modules" as naming nothing, and "CNC Technologies" as a firm', () => {
    const out = extractText('Halvern Group imported CNC machine tools, FPV drones and GPS modules from Taiwan. Tessaly Optics sold FPV frames to Brask Logistics.');
    expect(out.entities.map((e) => e.name).sort()).toEqual(['Brask Logistics', 'Halvern Group', 'Taiwan', 'Tessaly Optics']);
    expect(entity(extractText('CNC Technologies sold lathes to Halvern Group.'), 'CNC Technologies')?.kind).toBe('company');
  });
});

describe('entities: initials before a family name, a state broadcaster, a language', () => {
  it('reads "S.V. Olskiy" as a person, also right after a firm\'s name: "the director of Kestrova S.V. Olskiy"', () => {
    const out = extractText('Kestrova LLC makes chips. The letter reached S.V. Olskiy on Monday. ' +
      'It went to the general director of Kestrova S.V. Olskiy and to an aide at the Ministry of Trade of Laos I.A. Olskaya.');
    expect(entity(out, 'S.V. Olskiy')?.kind).toBe('person');
    expect(entity(out, 'I.A. Olskaya')?.kind).toBe('person');
    expect(entity(out, 'Ministry of Trade of Laos')?.kind).toBe('government');
    expect(out.entities.map((e) => e.name)).not.toContain('Kestrova S.V.');
    // (A legal form's or a country's letters are no initials: "Varnex S.A.", "the U.S. Treasury".)
    const forms = extractText('The U.S. Treasury acted. Varnex S.A. sold chips to Halvern Group.');
    expect(forms.entities.map((e) => e.name).sort()).toEqual(['Halvern Group', 'U.S. Treasury', 'United States', 'Varnex S.A.']);
  });

  it('reads "Voice of Laos" as one outlet, and "English-language", "Middle Eastern" as no names', () => {
    const out = extractText('Voice of Laos carried the story first. Irina Olskaya told the English-language desk of "Voice of Laos," about the chips.');
    expect(entity(out, 'Voice of Laos')?.kind).toBe('media');
    expect(out.entities.map((e) => e.name).sort()).toEqual(['Irina Olskaya', 'Voice of Laos']);
    // ("Middle Eastern" is no name either.)
    const region = extractText('Kestrova LLC sold drones to Mongolia and Middle Eastern buyers.');
    expect(region.entities.map((e) => e.name).sort()).toEqual(['Kestrova LLC', 'Mongolia']);
    // (Its name alone says what it is.)
    expect(entity(extractText('Irina Olskaya gave an interview to Voice of Laos on Monday.'), 'Voice of Laos')?.kind).toBe('media');
  });
});

describe('entities: a post written in capitals after its body\'s name', () => {
  it('reads "Jim Olsen, UK Trade Department Sanctions Coordinator, told" as a person and the body, and no one named by the post', () => {
    const out = extractText('Chips flowed to Laos after purchases from European companies, Jim Olsen, UK Trade Department Sanctions Coordinator, told reporters.');
    expect(entity(out, 'Jim Olsen')?.kind).toBe('person');
    expect(entity(out, 'UK Trade Department')?.kind).toBe('government');
    expect(out.entities.map((e) => e.name)).not.toContain('Trade Department Sanctions Coordinator');
    expect(entity(extractText('Yoss Tarkan, Trade Ministry Deputy Secretary, told reporters.'), 'Trade Ministry')?.kind).toBe('government');
  });
});

describe('entities: policy areas listed with commas in a body\'s name', () => {
  it('reads "the Foreign, Commonwealth & Development Office" as one body, and names in a list as names', () => {
    const out = extractText('On Monday the U.K. Foreign, Commonwealth & Development Office listed 12 more firms.');
    expect(entity(out, 'U.K. Foreign, Commonwealth & Development Office')?.kind).toBe('government');
    expect(out.entities.map((e) => e.name)).not.toContain('Commonwealth & Development Office');
  });
});

describe('entities: a legal form after a comma that opens the next name', () => {
  it('reads "Kestrova JSC, JSC Brask Rocket Center" as two firms, and "Acme Electronics Co., Limited" as one', () => {
    const out = extractText('Among them are Kestrova JSC, JSC Brask Rocket Center and Halvern Group.');
    expect(out.entities.map((e) => e.name)).toEqual(['Kestrova JSC', 'JSC Brask Rocket Center', 'Halvern Group']);
    expect(entity(extractText('Acme Electronics Co., Limited sold chips to Laos.'), 'Acme Electronics Co., Limited')?.kind).toBe('company');
  });
});

describe('entities: a remark in parentheses before "Private Limited"', () => {
  it('reads "Halvern Ship Management (OPC) Private Limited" as one firm', () => {
    const out = extractText('The three Laotian companies are Brask Shipping, Port Laos Private Limited, and Halvern Ship Management (OPC) Private Limited.');
    expect(out.entities.map((e) => e.name)).toContain('Halvern Ship Management (OPC) Private Limited');
    expect(out.entities.map((e) => e.name)).not.toContain('Private Limited');
  });
});

describe('entities: "the North" in a text on North Korea', () => {
  it('reads "to the North" as North Korea where the text names it, and as no place elsewhere', () => {
    const out = extractText('North Korea has provided artillery to Laos. Laos sent radar sets to the North in exchange.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'North Korea');
    const elsewhere = extractText('Trade in the North of Laos grew. Kestrova LLC shipped parts to the North.');
    expect(elsewhere.entities.map((e) => e.name).sort()).toEqual(['Kestrova LLC', 'Laos']);
  });
});

describe('entities: a capitalised "And" inside a registered name', () => {
  it('keeps "Vientiane Optics And Precision Tooling Co. Ltd" one company', () => {
    const out = extractText('Laos sanctioned Vientiane Optics And Precision Tooling Co. Ltd on Friday.');
    mustEntity(out, 'Vientiane Optics And Precision Tooling Co. Ltd');
    expect(entity(out, 'Vientiane Optics')).toBeUndefined();
  });

  it('keeps the people\'s possessive inside a state institution\'s name: "the People\'s Liberation Army"', () => {
    const out = extractText("The Laotian Ministry of People's Armed Services runs trading firms. Halvern Group sold radios to the People's Liberation Army.");
    expect(entity(out, "Laotian Ministry of People's Armed Services")?.kind).toBe('government');
    expect(entity(out, 'Armed Services')).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', "People's Liberation Army");
    // (No shorter other name cut at the possessive, as "Laos's Defence Council" gives "Defence Council".)
    expect(mustEntity(out, "People's Liberation Army").aliases).toEqual([]);
  });

  it('reads a name in single quotes after a naming verb whole, with the kind its head gives', () => {
    const out = extractText('A munitions branch called \u2018Rising Orvanne Office,\u2019 bought radios from Halvern Group.');
    expect(entity(out, 'Rising Orvanne Office')?.kind).toBe('government');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Rising Orvanne Office');
  });

  it('reads a country\'s division as a place, never the one who speaks: "a source in Orvanne Province told ..."', () => {
    const out = extractText('A source in Orvanne Province told reporters on April 1 that Halvern Group sold radios to Laos.');
    expect(entity(out, 'Orvanne Province')).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads a longer name that opens with an outlet\'s word, after "told", as the outlet: "told Daily Orvanne"', () => {
    const out = extractText('A trader told Daily Orvanne on Monday that Halvern Group sold radios to Laos.');
    expect(entity(out, 'Daily Orvanne')?.kind).toBe('media');
  });

  it('reads an officer\'s post "of" a firm as no name: "the CEO of Halvern Group, Oleg Brask, said"', () => {
    const out = extractText('The CEO of Halvern Group, Oleg Brask, said the firm sold drones to Laos.');
    expect(entity(out, 'Halvern Group')?.kind).toBe('company');
    expect(out.entities.map((e) => e.name)).not.toContain('CEO of Halvern Group');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (A person's name closing the run is still read as the titled person's.)
    expect(entity(extractText('Among them was the Director of the Security Agency of Laos Oleg Brask. Brask supplied Mongolia with rifles.'), 'Oleg Brask')?.kind).toBe('person');
  });

  it('reads a name after "portal" as a news outlet: "the investigative portal Kestrova Files"', () => {
    const out = extractText('According to the investigative portal Kestrova Files, Halvern Group sold radios to Laos.');
    expect(entity(out, 'Kestrova Files')?.kind).toBe('media');
  });

  it('reads a name after a title and a long body name as the titled person: "a spokesman of the X Committee on Y, A"', () => {
    const out = extractText('A statement came from a spokesman of the State Committee on Foreign Trade, Oleg Brask.');
    expect(entity(out, 'Oleg Brask')?.kind).toBe('person');
  });

  it('keeps a registered name\'s first word apart from another firm that shares it: "Varno Corporation", "Varno Instruments"', () => {
    const out = extractText("The firm is tied to a Laotian company, Varno Instruments, which Vietnam sanctioned. Varno Corporation, a firm set up by Oleg Brask in 1998, sent lab instruments to Laos. Laos was among the buyers of Varno's instruments.");
    expect(entity(out, 'Varno Instruments')?.kind).toBe('company');
    expect(mustEntity(out, 'Varno Instruments').aliases).toEqual([]);
    expect(entity(out, 'Varno Corporation')?.kind).toBe('company');
    // (A holding's name is the group's, as before: "Tessaly Group Holding" and "Tessaly Group" are one.)
    const holding = extractText('Vietnam sanctioned the Laos-based Tessaly Group Holding, which bought radios for the army. The radios bought by Tessaly Group came from Mongolia.');
    expect(holding.entities.filter((e) => e.kind === 'company')).toHaveLength(1);
  });

  it('reads a name after "the militant group" or "proxy" as an organisation, and a guard as a public body', () => {
    const out = extractText('The militant group Orvanne fired rockets at Laos. Vietnam and its proxy Kestrova bought rifles from Mongolia.');
    expect(entity(out, 'Orvanne')?.kind).toBe('organization');
    expect(entity(out, 'Kestrova')?.kind).toBe('organization');
    const guard = extractText("Laos's Civil Guard arrested four people. The Vietnamese Border Guard bought drones from Mongolia.");
    expect(entity(guard, "Laos's Civil Guard")?.kind).toBe('government');
    expectRel(guard, 'SHIPPED_TO', 'Mongolia', 'Vietnamese Border Guard');
  });

  it('reads "X forces" of no country as an armed group\'s, and "Command" as a public body\'s head', () => {
    const out = extractText('Vietnam sent rifles to resupply Orvanne forces in Laos. The Laotian Central Command announced the seizure.');
    expect(entity(out, 'Orvanne')?.kind).toBe('organization');
    expect(entity(out, 'Laotian Central Command')?.kind).toBe('government');
    // (A post "of" the command is no name: the Commander of the Laotian Central Command.)
    expect(entity(extractText('The Commander of the Laotian Central Command said Vietnam sent rifles to Mongolia.'), 'Laotian Central Command')?.kind).toBe('government');
  });

  it('reads a country\'s name before "Shipping Lines" as the firm\'s own, and a ship named with its prefix as no party', () => {
    expect(entity(extractText('Laos Shipping Lines sent arms to Vietnam.'), 'Laos Shipping Lines')?.kind).toBe('company');
    const out = extractText('Reports on the M/V Orvanne, a Laotian-owned ship, are odd. The saga of the Orvanne ran for months. Halvern Group chartered the Orvanne to carry a shipment of rifles to Syria.');
    expect(out.entities.map((e) => e.name).filter((n) => n.includes('Orvanne'))).toEqual([]);
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Syria');
  });

  it('reads a double-barrelled given name before a family name as a person\'s, not two words alone', () => {
    expect(entity(extractText('Mei-Ling Varno, 52, was detained on Friday in Laos.'), 'Mei-Ling Varno')?.kind).toBe('person');
    expect(entity(extractText('Laos sold drones to Orvan-Kestrova.'), 'Orvan-Kestrova')?.kind).not.toBe('person');
  });

  it('reads an officer\'s name after the place closing the title\'s "of" phrase, and no district as a person', () => {
    const out = extractText('"Laos is a threat," US Attorney for the Western District of Ohio Irina Olskaya told reporters.');
    expect(entity(out, 'Irina Olskaya')?.kind).toBe('person');
    expect(out.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Irina Olskaya']);
  });

  it('reads a demonym and a capitalised word for goods inside a sentence as one firm\'s name, not in a headline', () => {
    expect(entity(extractText('Among them are Halvern Group, Laotian Helicopters and Orvanne.'), 'Laotian Helicopters')?.kind).toBe('company');
    expect(entity(extractText('Laotian Drones Hit Vietnam\n\nLaos sent drones to Vietnam.'), 'Laotian Drones')).toBeUndefined();
  });

  it('reads a name after "surnamed" as a person\'s, and the same name after an outlet\'s and a comma as no outlet', () => {
    const out = extractText('The owner, surnamed Varno, said his premises were raided by the police. In an interview with The Orvanne Press, Varno said the lathes were ordered a year before.');
    expect(entity(out, 'Varno')?.kind).toBe('person');
    expect(entity(out, 'Orvanne Press')?.kind).toBe('media');
  });

  it('reads a number written together with a capital as the first word of a name: "9V Kestrova Avia & Trade"', () => {
    expect(entity(extractText('The director of the Laotian company, 9V Kestrova Avia & Trade, said the firm sent engines to Vietnam.'), '9V Kestrova Avia & Trade')?.kind).toBe('company');
    // (Not a code: "4X4 Kestrova NJ2040 trucks".)
    expect(extractText('Laos sent 4X4 Kestrova NJ2040 trucks to Vietnam.').entities.filter((e) => e.name.startsWith('4'))).toEqual([]);
  });

  it('reads a name right after where it is based as a business\'s, not a person\'s name so placed', () => {
    const out = extractText('The agency said Laos-based Orvan Kestrel Varno Tessaly was named as the consignee of the fibre.');
    expect(entity(out, 'Orvan Kestrel Varno Tessaly')?.kind).toBe('company');
    const people = extractText('The ring is led by Laos-based Irina Olskaya, who sold rifles to Vietnam. Laos-based Olskaya denies it.');
    expect(entity(people, 'Irina Olskaya')?.kind).toBe('person');
    expect(people.entities.filter((e) => e.kind === 'company')).toEqual([]);
  });

  it('reads "Science and Technology" inside a research body\'s name as one name', () => {
    const out = extractText('Vietnam sanctioned the research firm Orvan Science and Technology Researchers on Monday.');
    expect(entity(out, 'Orvan Science and Technology Researchers')?.kind).toBe('company');
    expect(entity(out, 'Orvan Science')).toBeUndefined();
  });

  it('reads a name its apposition calls a ship as no party, in the headline before it and with a full stop after it', () => {
    const out = extractText('An account of Lady K\n\nThe loading of Lady K, a Mongolian-sanctioned ship, in Varno raised questions. Laos sent rifles to Vietnam aboard the Lady K. He said the owner was silent.');
    expect(out.entities.map((e) => e.name).filter((n) => n.includes('Lady'))).toEqual([]);
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    // (Not a person whose apposition names a ship only inside a phrase: "the captain of the ship".)
    expectRel(extractText('Martin Varno, the captain of the ship, was charged with selling rifles to Laos.'), 'SHIPPED_TO', 'Martin Varno', 'Laos');
    // (Not a clause after a source's name: "According to X, the cargo ship did not ...".)
    expect(entity(extractText('According to the tracking website Orvanne Traffic, the freighter failed to report its position.'), 'Orvanne Traffic')?.kind).toBe('media');
  });

  it('reads names joined by an ampersand as a firm\'s, not a heading of common words', () => {
    expect(entity(extractText('The vessel was chartered by Orvanne & Kestrova of Hamburg.'), 'Orvanne & Kestrova')?.kind).toBe('company');
    expect(entity(extractText('Oleg Brask works at ACE Pumps & Valves.'), 'ACE Pumps & Valves')?.kind).toBe('company');
    // (Nor two places: "Laos & Vietnam".)
    expect(entity(extractText('Laos & Vietnam\n\nHalvern Group sold rifles to Mongolia.'), 'Laos & Vietnam')).toBeUndefined();
    expect(entity(extractText('Crime & Justice\n\nHalvern Group sold rifles to Laos.'), 'Crime & Justice')).toBeUndefined();
  });

  it('reads a name after "airline" as a firm: "the Laotian airline Orvanne"', () => {
    expect(entity(extractText('Until May the jet belonged to a private Laotian airline, East Kestrova.'), 'East Kestrova')?.kind).toBe('company');
  });

  it('ends a body\'s name before "for" and a name that modifies what follows it: "the X Office for a Laos-backed study"', () => {
    const out = extractText('Halvern Group won a grant from the Orvanne Science Office for a Mongolia-backed study.');
    expect(entity(out, 'Orvanne Science Office')?.kind).toBe('government');
    expect(entity(extractText('Halvern Group won a grant from the Orvanne Science Office for a Mongolia-made study.'), 'Orvanne Science Office')?.kind).toBe('government');
  });

  it('reads a name before a landform\'s noun as a place: "the Orvanne desert"', () => {
    const out = extractText('Laos sends rifles to Vietnam via Orvanne because of patrols in the Orvanne desert. Laos meant to move the rifles to Mongolia and then to Orvanne.');
    expect(entity(out, 'Orvanne')).toBeUndefined();
  });

  it('reads a name before a border crossing\'s noun as a place, no party the goods came from: "via the Orvanne checkpoint"', () => {
    for (const text of ['Items were exported to Vietnam via the Orvanne checkpoint.', 'Items were exported to Vietnam via the Orvanne crossing.', 'Items were illegally exported to Vietnam, mainly via the Orvanne border crossing point in Laos.']) {
      const out = extractText(text);
      expect(entity(out, 'Orvanne'), text).toBeUndefined();
      expect(out.relations.filter((r) => r.type === 'SHIPPED_TO'), text).toEqual([]);
    }
  });

  it('keeps a firm before "crossing" as a verb: "trucks hired by Kestrova crossing into Laos"', () => {
    const out = extractText('Trucks hired by Kestrova crossing into Laos were found to carry drones sold by Kestrova to Vietnam.');
    expect(entity(out, 'Kestrova')?.kind).toBe('company');
  });

  it('reads a long lower-case word run into a capitalised one as no name ("dronesiStock"), a camel-cased brand as one', () => {
    const out = extractText('Laos drones\nLaos dronesiStock\n\nThailand put sanctions on six managers of a Laotian drone maker after the firm reportedly supplied Vietnam with drones.');
    expect(out.entities.map((e) => e.name)).not.toContain('dronesiStock');
    expect(entity(extractText('Halvern Group sold drones to rotorFlex, a Laotian firm.'), 'rotorFlex')?.kind).toBe('company');
  });

  it('keeps the review\'s limits on the new name rules: a firm after "MV", a carrier\'s lines only', () => {
    expect(entity(extractText('MV Orvanne sold engines to Laos.'), 'MV Orvanne')?.kind).toBe('company');
    expect(entity(extractText('Front Lines\n\nHalvern Group sold rifles to Mongolia.'), 'Front Lines')).toBeUndefined();
  });

  it('reads a name before a works noun without "the" as the works\' own: "at Orvanne shipyard", not "the Tula plant"', () => {
    expect(entity(extractText('Generators were used to build a ship at Orvanne shipyard in the city of Kestrovsk.'), 'Orvanne')?.kind).toBe('company');
    expect(entity(extractText('Drones were built at the Orvanne plant.'), 'Orvanne')).toBeUndefined();
  });

  it('reads a demonym before common words and an organisation\'s head as the name\'s first word: "the Laotian Resistance Center"', () => {
    const out = extractText('According to the Laotian Resistance Center, trains carried tanks to Vietnam.');
    expect(entity(out, 'Laotian Resistance Center')?.kind).toBe('organization');
    // (Not a longer name the adjective only describes.)
    expect(entity(extractText('According to the Laotian Royal United Trade Institute, trains carried tanks to Vietnam.'), 'Royal United Trade Institute')?.kind).toBe('organization');
  });
});

describe('entities: names court and company reports give people and firms', () => {
  it('reads "Parven Olsk of Laos" as a person where the article also writes "Mr Olsk"', () => {
    const out = extractText('The indictment accuses Parven Olsk of Laos and Tarsen Vey of Vietnam of working together to buy steel. Mr Olsk denied it. Mr Vey could not be reached.');
    for (const n of ['Parven Olsk', 'Tarsen Vey']) expect(entity(out, n)?.kind).toBe('person');
    // ("Mr Olsk" is the same person, not one of its own.)
    expect(out.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Parven Olsk', 'Tarsen Vey']);
    // (Without the honorific elsewhere the pair is no one's name by itself.)
    expect(entity(extractText('The indictment accuses Parven Olsk of Laos of buying steel.'), 'Parven Olsk')).toBeUndefined();
  });

  it('reads "Tessaly Carbon and Graphite Manufacturing" as one firm, "Kestrova Carbon and Tessaly Manufacturing" as two', () => {
    const one = extractText('He works for the Laotian corporation Tessaly Carbon and Graphite Manufacturing.');
    expect(entity(one, 'Tessaly Carbon and Graphite Manufacturing')?.kind).toBe('company');
    expect(entity(one, 'Graphite Manufacturing')).toBeUndefined();
    const two = extractText('Kestrova Carbon and Tessaly Manufacturing sold graphite to Laos.');
    for (const n of ['Kestrova Carbon', 'Tessaly Manufacturing']) expect(entity(two, n)?.kind).toBe('company');
    // (A second part that opens with an adjective is a second firm: "... and General Industries", "... and Pacific
    // Shipping".)
    const adjective = extractText('Orvanne Carbon and General Industries sold graphite to Laos.');
    expect(entity(adjective, 'Orvanne Carbon and General Industries')).toBeUndefined();
    const shipping = extractText('Laos sanctioned Halvern Diamonds and Pacific Shipping on Monday.');
    for (const n of ['Halvern Diamonds', 'Pacific Shipping']) expect(entity(shipping, n)?.kind).toBe('company');
    const metals = extractText('Laos sanctioned Halvern Steel and Pacific Metals on Monday.');
    for (const n of ['Halvern Steel', 'Pacific Metals']) expect(entity(metals, n)?.kind).toBe('company');
    // (Any noun for a firm's trade closes the one name: "Industries", "Technology".)
    expect(entity(extractText('Laos sanctioned Kestrova Iron and Steel Industries on Monday.'), 'Kestrova Iron and Steel Industries')?.kind).toBe('company');
    expect(entity(extractText('Laos sanctioned Kestrova Oil and Gas Technology on Monday.'), 'Kestrova Oil and Gas Technology')?.kind).toBe('company');
  });

  it('reads the name after "managing director of", "chief executive of", "the two directors of" as a firm', () => {
    for (const text of ['He is managing director of HB Marine.', 'He is the chief executive of HB Marine.', 'He is one of three directors of HB Marine.']) {
      expect(entity(extractText(text), 'HB Marine')?.kind, text).toBe('company');
    }
    // (Shaped like a person's name too: no one is the director of a person.)
    expect(entity(extractText('He is the director of Halvern Marine.'), 'Halvern Marine')?.kind).toBe('company');
  });

  it('reads a title with its portfolio in lower case before a name: "Former minister for foreign affairs Peter Halloran"', () => {
    const out = extractText('Former minister for foreign affairs Peter Halloran called it a matter of concern.');
    expect(entity(out, 'Peter Halloran')?.kind).toBe('person');
    // (Not a name after a verb, nor after any other phrase with "for".)
    expect(entity(extractText('The minister of trade visited Halvern Marine on Monday.'), 'Halvern Marine')?.kind).not.toBe('person');
    expect(entity(extractText('The appetite for drones Halvern Marine saw in 2023 was unusual.'), 'Halvern Marine')?.kind).not.toBe('person');
  });

  it('reads a director or head with a field of three words in lower case before a name: "the director of arms export control Bill Tarnow"', () => {
    const out = extractText('The cable was signed by the director of arms export control Bill Tarnow.');
    expect(entity(out, 'Bill Tarnow')?.kind).toBe('person');
    // (Not past a determiner: "the head of the firm X" names the firm.)
    expect(entity(extractText('The head of the firm Bill Tarnow said so.'), 'Bill Tarnow')?.kind).not.toBe('person');
  });
});

describe('entities: a person named right after the body or firm they head', () => {
  it('reads "head of the Ministry of Coastal Affairs Irvan Olskov", "chairman of Halvern PJSC Denis Brasov" as a body and a person', () => {
    const out = extractText('Sanctions now reach the head of the Ministry of Coastal Affairs Irvan Olskov and the chairman of Halvern PJSC Denis Brasov.');
    expect(entity(out, 'Ministry of Coastal Affairs')?.kind).toBe('government');
    expect(entity(out, 'Halvern PJSC')?.kind).toBe('company');
    // ("Denis" is an English word too: after a body's name a family name's ending is enough.)
    for (const n of ['Irvan Olskov', 'Denis Brasov']) expect(entity(out, n)?.kind).toBe('person');
    // (A patronymic goes with the given name before it.)
    const patronymic = extractText('Sanctions now reach the head of the Ministry of Trade Ruslan Ivanovich Varnov.');
    expect(entity(patronymic, 'Ruslan Ivanovich Varnov')?.kind).toBe('person');
    expect(entity(patronymic, 'Ministry of Trade')?.kind).toBe('government');
  });

  it('keeps a person\'s own longer name and a titled name whole', () => {
    const own = extractText('Sergey Ivanovich Brasov met envoys of the Laotian Ministry of Trade in Vientiane.');
    expect(entity(own, 'Sergey Ivanovich Brasov')?.kind).toBe('person');
    const titled = extractText('Laotian Secretary of the Treasury Irina Olskaya said the Halvern Group would be sanctioned.');
    expect(entity(titled, 'Irina Olskaya')?.kind).toBe('person');
    expect(titled.entities.filter((e) => e.kind === 'government')).toEqual([]);
    // (Nor a patronymic's name, nor one that a word of no body opens: "Ayatollah Ali Varnov".)
    expect(entity(extractText('Vadim Olegovich Brasov met envoys in Vientiane.'), 'Vadim Olegovich Brasov')?.kind).toBe('person');
    expect(entity(extractText('Ayatollah Ali Varnov said the drones were shipped.'), 'Ayatollah Ali Varnov')?.kind).toBe('person');
  });
});

describe('entities: the names of research-and-production firms', () => {
  it('reads "Scientific and Production Association of Marine Engineering" as one name', () => {
    const out = extractText('Laos sanctioned the Scientific and Production Association of Marine Engineering on Monday.');
    expect(entity(out, 'Scientific and Production Association of Marine Engineering')).toBeDefined();
    expect(entity(out, 'Scientific')).toBeUndefined();
    expectRel(out, 'SANCTIONED', 'Laos', 'Scientific and Production Association of Marine Engineering');
  });

  it('reads "Kestrova Scientific and Production Association" in a list as one name, not "Kestrova Scientific" and another', () => {
    const out = extractText('Laos sanctioned Halvern Group, Kestrova Scientific and Production Association, and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Kestrova Scientific and Production Association');
    expect(entity(out, 'Kestrova Scientific')).toBeUndefined();
    expect(entity(out, 'Production Association')).toBeUndefined();
  });
});

describe('entities: a firm placed by its seat, an outlet something was leaked to', () => {
  it('reads "chips from TSMicrodevices, based in Vientiane" as a firm, not a word of a person\'s name the article gives', () => {
    expect(entity(extractText('Many of the parts found are chips from TSMicrodevices, based in Vientiane.'), 'TSMicrodevices')?.kind).toBe('company');
    expect(entity(extractText('The chips came from Orvanne, headquartered in Hanoi.'), 'Orvanne')?.kind).toBe('company');
    // (A family name written first, as some languages write it, and then alone.)
    const person = extractText('A filing lists Vey Tarsenko as the owner of Halvern Group. Vey, based in Vientiane, owns two other firms.');
    expect(person.entities.filter((e) => e.kind === 'company').map((e) => e.name)).toEqual(['Halvern Group']);
  });

  it('reads the name a document was leaked to as an outlet\'s: "leaked to The Courier", "leaked to the Daily Orvanne"', () => {
    expect(entity(extractText('A 40-page memo leaked to The Courier described the plea.'), 'Courier')?.kind).toBe('media');
    expect(entity(extractText('A memo leaked to the Daily Orvanne described the plea.'), 'Daily Orvanne')?.kind).toBe('media');
    // (Not a name that modifies the phrase's noun, nor a word of a person's name.)
    expect(entity(extractText('A memo leaked to the Orvanne authorities described the plea.'), 'Orvanne')?.kind).not.toBe('media');
    const person = extractText('Laos sanctioned Tarsen Vey in May. A memo leaked to Vey in June described the plea.');
    expect(person.entities.filter((e) => e.kind === 'media')).toEqual([]);
  });
});

describe('entities: parties to a case named after their noun', () => {
  it('reads "suspects A and B were in custody", "defendant C" as people', () => {
    const out = extractText('It said that suspects Tarsen Vey and Ilan Darwin Vey were in custody in Laos.');
    for (const n of ['Tarsen Vey', 'Ilan Darwin Vey']) expect(entity(out, n)?.kind).toBe('person');
    expect(entity(extractText('The court heard defendant Parven Olsk.'), 'Parven Olsk')?.kind).toBe('person');
    expect(entity(extractText('The court heard the accused Parven Olsk.'), 'Parven Olsk')?.kind).toBe('person');
    // (Not the object of the verb: "Vietnam accused Kestrova Avia of ...".)
    expect(entity(extractText('Vietnam accused Kestrova Avia of shipping drones to Laos.'), 'Kestrova Avia')?.kind).not.toBe('person');
  });
});

describe('entities: a large city written with its diacritics', () => {
  it('reads "İstanbul" (a dotted capital I) as the city "Istanbul" is read, not as a short name of a body named after it', () => {
    const out = extractText('Front companies based in İstanbul shipped valves to Laos. The İstanbul Trade Bureau detained two men.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const ascii = extractText('Front companies based in Istanbul shipped valves to Laos. The Istanbul Trade Bureau detained two men.');
    expect(ascii.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('gives a firm based in "İstanbul" the country a firm based in "Istanbul" gets', () => {
    for (const city of ['İstanbul', 'Istanbul']) {
      expect(entity(extractText(`Brask Logistics, based in ${city}, shipped valves to Laos.`), 'Brask Logistics')?.country, city).toBe('TR');
    }
  });
});

describe('entities: words for a kind of body, and a state named by its organs', () => {
  it('reads no body in "Police say ..." or "Prosecutors said ..." opening a sentence', () => {
    const out = extractText('Police say a Laotian man has been charged. Prosecutors said Halvern Group sold drones to Laos.');
    for (const n of ['Police', 'Prosecutors']) expect(entity(out, n), n).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads the country of "Laotian police", "Vietnamese prosecutors" as a party of the text', () => {
    expect(entity(extractText('Laotian police have arrested three individuals.'), 'Laos')?.kind).toBe('country');
    expect(entity(extractText('Vietnamese prosecutors charged three men on Monday.'), 'Vietnam')?.kind).toBe('country');
  });

  it('reads the name after "research organisation" as an organisation\'s', () => {
    expect(entity(extractText('According to exiled Laotian research organisation Kestrova Vesti, failures rose.'), 'Kestrova Vesti')?.kind).toBe('organization');
  });
});

describe('entities: a state\'s numbered unit, and a title\'s two fields', () => {
  it('reads "Department 54", "Bureau 131" as bodies named by their number', () => {
    const out = extractText('The network includes a trading department known as Department 54. Bureau 131 of the state hacked the bank.');
    expect(entity(out, 'Department 54')?.kind).toBe('government');
    expect(entity(out, 'Bureau 131')?.kind).toBe('government');
    expect(entity(out, 'Department')).toBeUndefined();
    // (Not the number after a longer name, "Halvern Group Office 2", nor a plant's unit, "Unit 2 of the plant".)
    const firm = extractText('Halvern Group Office 2 shipped drones to Laos. The drones hit Unit 2 of the plant.');
    expect(entity(firm, 'Halvern Group Office 2')).toBeUndefined();
    expect(firm.entities.some((e) => /Unit/.test(e.name))).toBe(false);
  });

  it('reads no person in a title\'s second field: "Deputy Director for Customs and Export Intelligence"', () => {
    const out = extractText('Irina Olskaya, Deputy Director of the Laotian Trade Office for Customs and Export Intelligence, stated: "It works."');
    expect(entity(out, 'Irina Olskaya')?.kind).toBe('person');
    expect(entity(out, 'Export Intelligence')).toBeUndefined();
    expect(out.entities.map((e) => e.name)).toEqual(['Irina Olskaya']);
    // (A firm whose name opens with a title's word, after "and" in a list, is still the firm.)
    const firms = extractText('Among its customers are large carmakers such as Halvern Group and General Tractors as well as defence firms like Brask Logistics.');
    expect(entity(firms, 'General Tractors')?.kind).toBe('company');
  });
});

describe('entities: suppliers by their share, and an endowment', () => {
  it('reads the names after "16% from" as firms, and "the X Endowment for Y" as an organisation', () => {
    const out = extractText('Approximately 16% from Orvanne Devices, 5% from BRX, and 5% from Velkor. The Kestrova Endowment for Regional Peace warns that it will last.');
    for (const n of ['BRX', 'Velkor']) expect(entity(out, n)?.kind, n).toBe('company');
    expect(entity(out, 'Kestrova Endowment for Regional Peace')?.kind).toBe('organization');
    // (Not a change counted from a name: "Exports rose 12% from K", "fell by 8 percent from K".)
    for (const text of ['Exports rose 12% from Tessaly in 2022.', 'Imports fell by 8 percent from Kestrova.']) {
      expect(extractText(text).entities.some((e) => e.kind === 'company'), text).toBe(false);
    }
  });
});

describe('entities: a quoted name described by a copula', () => {
  it('reads \'"A" is a large industrial company\' as a firm, past the closing quote', () => {
    const out = extractText('The Thai group "Kestrova" has clients in the defence sector. The paper adds that "Kestrova“ is a large Thai industrial company.');
    expect(entity(out, 'Kestrova')?.kind).toBe('company');
  });
});

describe('entities: a works known by its number', () => {
  it('reads "Aircraft Repair Plant No. 12" and "Halvern Factory No 3" whole, as firms', () => {
    const out = extractText('Tessaly Optics sold the parts to Aircraft Repair Plant No. 12 in Laos. Halvern Factory No 3 bought drones from Brask Logistics.');
    for (const n of ['Aircraft Repair Plant No. 12', 'Halvern Factory No 3']) expect(entity(out, n)?.kind, n).toBe('company');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Aircraft Repair Plant No. 12');
    // (A firm by its head word before the number, with no trade to tell it.)
    expect(entity(extractText('Halvern Factory No 3 opened in May. Halvern Factory No 3 employs 400 people.'), 'Halvern Factory No 3')?.kind).toBe('company');
  });
});

describe('entities: a spokesperson\'s post', () => {
  it('reads "the Principal Deputy Spokesperson of the X Department" as the department, the post no name', () => {
    const out = extractText('According to Tomas Varno, Principal Deputy Spokesperson for the Laotian Department of State, Vietnam delivered drones to Laos.');
    expect(entity(out, 'Laotian Department of State')?.kind).toBe('government');
    expect(out.entities.map((e) => e.name).filter((n) => /Spokesperson/.test(n))).toEqual([]);
    // (A spokesman with no rank alike.)
    expect(extractText('A Spokesman for the Laotian Security Agency said Vietnam delivered drones.').entities.map((e) => e.name).filter((n) => /Spokesman/.test(n))).toEqual([]);
  });
});
