/** The frame interpreter end to end: each construction in sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: frames read by the interpreter', () => {
  it('records the frame that read each relation', () => {
    const out = extractText('Pemberly Trading shipped 400 drones to Varkon Holdings via Oskaro Logistics in 2023.');
    const r = expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Oskaro Logistics');
    expect(r.rule).toBe('frame:supply/active+via');
    expect(r.evidence[0].rule).toBe(r.rule);
    expectRel(out, 'SHIPPED_TO', 'Oskaro Logistics', 'Varkon Holdings');
    for (const x of out.relations) expect(x.rule, x.id).toMatch(/^(?:frame|legacy):/);
  });

  it('reads sanctions: active, passive, imposed on, added to a list, a colon list', () => {
    const out = extractText([
      'The Treasury Department sanctioned Pemberly Trading in May.',
      'Varkon Holdings was designated by the State Department.',
      'The European Union imposed new sanctions on Oskaro Logistics.',
      'The Commerce Department added Brantwick Systems to the Entity List.',
      'The Treasury Department also imposed sanctions against three companies: Halvern Tech, Duskmoor Electronics and Ferrowind LLC.',
    ].join(' '));
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Pemberly Trading');
    expectRel(out, 'SANCTIONED', 'State Department', 'Varkon Holdings');
    expectRel(out, 'SANCTIONED', 'European Union', 'Oskaro Logistics');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Brantwick Systems');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Duskmoor Electronics');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Ferrowind LLC');
  });

  it('reads sanctions named as a modifier or a noun phrase: "the US-sanctioned firm A", "EU sanctions on B"', () => {
    const out = extractText('Parts reached the US-sanctioned firm Halvern Tech in May. EU sanctions on Duskmoor Electronics took effect in June. The rigorous US sanctions against Kazakh companies do not stop this.');
    expectRel(out, 'SANCTIONED', 'US', 'Halvern Tech');
    expectRel(out, 'SANCTIONED', 'EU', 'Duskmoor Electronics');
    expectNoRel(out, 'SANCTIONED', 'US', 'Kazakhstan');
  });

  it('carries the sanctioning body to "the latest sanctions target ..." and an inverted passive', () => {
    const out = extractText('The Treasury Department imposed sanctions on a network of suppliers. The latest sanctions target Halvern Tech and its director Osric Vale. Also sanctioned was Duskmoor Electronics.');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Duskmoor Electronics');
  });

  it('reads announced list items, target lists and sanctions "hit by" a body', () => {
    const out = extractText([
      'The Treasury Department sanctioned several firms, including:',
      '- Halvern Tech: accused of supplying the Varkon Army.',
      '- Duskmoor Electronics: accused of providing Russia with engines.',
      '',
      'The targets included Ferrowind LLC. Among the firms targeted by the measures is Kettle Rock Holdings.',
      'Brantwick Systems and Oskaro Logistics were later hit by EU sanctions in 2021.',
    ].join('\n'));
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Duskmoor Electronics');
    expectRel(out, 'SHIPPED_TO', 'Duskmoor Electronics', 'Russia');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Ferrowind LLC');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Kettle Rock Holdings');
    expectRel(out, 'SANCTIONED', 'EU', 'Oskaro Logistics');
  });

  it('reads ownership: passive, apposition, possessive, stake', () => {
    const out = extractText([
      'Pemberly Trading is owned by Ilse Marquardt.',
      'Varkon Holdings, a subsidiary of Halvorsen Industries, makes radios.',
      "Halvorsen Industries' unit Kettle Rock Holdings sells parts.",
      'Osric Vale acquired a controlling stake in Brantwick Systems.',
    ].join(' '));
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Ilse Marquardt');
    expectRel(out, 'SUBSIDIARY_OF', 'Varkon Holdings', 'Halvorsen Industries');
    expectRel(out, 'SUBSIDIARY_OF', 'Kettle Rock Holdings', 'Halvorsen Industries');
    expectRel(out, 'SUBSIDIARY_OF', 'Brantwick Systems', 'Osric Vale');
  });

  it('reads owners given in apposition, a person\'s own company and a stake bought through a holding', () => {
    const out = extractText([
      'Pemberly Trading opened a plant. But its owners, Ilse Marquardt and Osric Vale, kept quiet.',
      'The network is tied to businessman Tobias Wrenfield and his private company Varkon Holdings.',
      'Edda Lindqvist has acquired a majority stake in Brantwick Systems via a firm called Kettle Rock Holdings.',
    ].join(' '));
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Ilse Marquardt');
    expectRel(out, 'SUBSIDIARY_OF', 'Pemberly Trading', 'Osric Vale');
    expectRel(out, 'SUBSIDIARY_OF', 'Varkon Holdings', 'Tobias Wrenfield');
    expectRel(out, 'SUBSIDIARY_OF', 'Brantwick Systems', 'Kettle Rock Holdings');
    expectRel(out, 'SUBSIDIARY_OF', 'Kettle Rock Holdings', 'Edda Lindqvist');
    expectRel(out, 'SUBSIDIARY_OF', 'Brantwick Systems', 'Edda Lindqvist');
    expectNoRel(out, 'SHIPPED_TO', 'Brantwick Systems', 'Edda Lindqvist');
  });

  it('reads "belongs to", "<owner>-owned", "its parent company" and a percentage stake', () => {
    const out = extractText([
      'Varkon Holdings belongs to Halvern Tech.',
      'The Brantwick-owned company Ferrowind LLC makes engines.',
      "Kettle Rock Holdings' parent company Pemberly Trading is based in Dubai.",
      'Oskaro Logistics holds a 51% stake in Velmora Trading.',
    ].join(' '));
    expectRel(out, 'SUBSIDIARY_OF', 'Varkon Holdings', 'Halvern Tech');
    expectRel(out, 'SUBSIDIARY_OF', 'Ferrowind LLC', 'Brantwick');
    expectRel(out, 'SUBSIDIARY_OF', 'Kettle Rock Holdings', 'Pemberly Trading');
    expectRel(out, 'SUBSIDIARY_OF', 'Velmora Trading', 'Oskaro Logistics');
  });

  it('reads nominal supply and partner lists', () => {
    const out = extractText("Pemberly Trading's exports of radios to Varkon Holdings doubled. Oskaro Logistics is a distributor. Its customers include Brantwick Systems.");
    expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Holdings');
    expectRel(out, 'SHIPPED_TO', 'Oskaro Logistics', 'Brantwick Systems');
  });

  it('reads goods that flow from their origin, exports from a country, and "companies involved in supplying"', () => {
    const out = extractText([
      'Turkish microchips have continued to flow to Kazakh resellers this year.',
      'He ran a scheme unlawfully exporting sensitive technology from Japan to end users located in Armenia.',
      'The measures target Uzbek companies involved in supplying optical sensors to Belarus.',
      'A third of the spares for helicopters to Serbia were delivered from Morocco.',
    ].join(' '));
    expectRel(out, 'SHIPPED_TO', 'Türkiye', 'Kazakhstan');
    expectRel(out, 'SHIPPED_TO', 'Japan', 'Armenia');
    expectRel(out, 'SHIPPED_TO', 'Uzbekistan', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Morocco', 'Serbia');
  });

  it('reads parties named by their roles, shipments made to a buyer, and "A\'s largest customer was B"', () => {
    const out = extractText([
      'Customs data show Pemberly Trading as the exporter and Varkon Holdings as the recipient.',
      'According to customs records, Halvern Tech made 40 shipments to Duskmoor Electronics.',
      "Brantwick Systems' largest customer was Kettle Rock Holdings.",
    ].join(' '));
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Holdings').rule).toBe('frame:supply/roles-as');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Duskmoor Electronics').rule).toBe('frame:light-verb-supply/active');
    expectRel(out, 'SHIPPED_TO', 'Brantwick Systems', 'Kettle Rock Holdings');
  });

  it('reads an intermediary hop without an origin, a possessed recipient, and a relative clause the tagger misreads', () => {
    const out = extractText([
      'The components were routed through Duskmoor Electronics to Ostrander Components.',
      "Halvern Tech has been supplying Belarus's military with drones since 2022.",
      'Kettle Rock Holdings sold the equipment to Pemberly Trading, which resold it to Varkon Holdings.',
    ].join(' '));
    expect(expectRel(out, 'SHIPPED_TO', 'Duskmoor Electronics', 'Ostrander Components').rule).toBe('frame:supply/passive+via-only');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Belarus\'s military').rule).toBe('frame:supply-party/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Holdings').rule).toBe('frame:supply/active');
  });

  it('makes the subject of an evidential frame\'s clause the supplier, not the records', () => {
    const out = extractText('Customs records show that Oskaro Logistics shipped engines to Varkon Holdings.');
    expectRel(out, 'SHIPPED_TO', 'Oskaro Logistics', 'Varkon Holdings');
  });

  it('draws no flow from negated, modal, conditional or attempted statements', () => {
    const out = extractText([
      'Pemberly Trading did not ship drones to Varkon Holdings.',
      'Oskaro Logistics could sell radios to Halvern Tech.',
      'If Brantwick Systems ships parts to Duskmoor Electronics, it will be fined.',
      'Ferrowind LLC tried to send engines to Kettle Rock Holdings.',
      'Neither Halvern Tech nor Ferrowind LLC has been sanctioned by the Treasury Department.',
    ].join(' '));
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Holdings');
    expectNoRel(out, 'SHIPPED_TO', 'Oskaro Logistics', 'Halvern Tech');
    expectNoRel(out, 'SHIPPED_TO', 'Brantwick Systems', 'Duskmoor Electronics');
    expectNoRel(out, 'SHIPPED_TO', 'Ferrowind LLC', 'Kettle Rock Holdings');
    expectNoRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
  });

  it('does not make a sanctioning body a party to the trade it sanctions', () => {
    const out = extractText('Osric Vale has been sanctioned by the European Union and Japan for supplying gunpowder to Russia.');
    expectNoRel(out, 'SHIPPED_TO', 'European Union', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Japan', 'Russia');
    expectRel(out, 'SANCTIONED', 'European Union', 'Osric Vale');
  });

  it('names the buyer a description introduces, or its country when it names none', () => {
    const out = extractText('Pemberly Trading sold 4,000 processors to a trading company in Hong Kong, Varkon Holdings. Oskaro Logistics sent generators to a timber firm in the Central African Republic.');
    expectRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Varkon Holdings');
    expectNoRel(out, 'SHIPPED_TO', 'Pemberly Trading', 'Hong Kong');
    expectRel(out, 'SHIPPED_TO', 'Oskaro Logistics', 'Central African Republic');
  });

  it('reads a stake sold as ownership, not as a flow', () => {
    const out = extractText('In 2024 Halvern Tech sold a controlling stake in Varkon Holdings to Duskmoor Electronics.');
    expectRel(out, 'SUBSIDIARY_OF', 'Varkon Holdings', 'Duskmoor Electronics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Duskmoor Electronics');
  });

  it('draws no sanction from a list not yet in force', () => {
    const out = extractText("Halvern Tech and Duskmoor Electronics are included on the European Union's upcoming blacklist. Kyiv asked the European Union to add Ferrowind LLC to its next sanctions package.");
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Halvern Tech');
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Ferrowind LLC');
  });

  it('does not sanction a country when its companies are sanctioned', () => {
    const out = extractText('The European Union on Monday imposed sanctions on Kazakh companies. The Treasury Department sanctioned Turkish firms as well.');
    expectNoRel(out, 'SANCTIONED', 'European Union', 'Kazakhstan');
    expectNoRel(out, 'SANCTIONED', 'Treasury Department', 'Turkey');
  });
});

describe('grammar: discourse', () => {
  it('takes "it" and "the department" in a sanctions clause for the body named last, "its latest US sanctions" for the body', () => {
    const out = extractText([
      'The Treasury Department in a notice said it imposed sanctions on Halvern Tech.',
      "Tuesday's move also imposed sanctions on Duskmoor Electronics.",
      "The Commerce Department's latest us sanctions target several firms, including Ferrowind LLC.",
    ].join(' '));
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Halvern Tech');
    expectRel(out, 'SANCTIONED', 'Treasury Department', 'Duskmoor Electronics');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Ferrowind LLC');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Ferrowind LLC');
  });

  it('resolves "the firm" and "it" to the company the text is about, never to a person or a body', () => {
    const out = extractText('The Treasury Department named Halvern Tech and its chief executive Osric Vale. The firm shipped servomotors to Varkon Holdings.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Varkon Holdings');
    expectNoRel(out, 'SHIPPED_TO', 'Osric Vale', 'Varkon Holdings');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury Department', 'Varkon Holdings');
  });

  it('resolves "he" and "she" to the one person the last sentences name, and to nobody when they name two', () => {
    const out = extractText('Osric Vale is a banker from Tula. In 2022, he was sanctioned by the United States. He sold servomotors to Varkon Holdings.');
    expectRel(out, 'SANCTIONED', 'United States', 'Osric Vale');
    expectRel(out, 'SHIPPED_TO', 'Osric Vale', 'Varkon Holdings');
    const two = extractText('Osric Vale and his lawyer Tamsin Roe met in Tula. In 2022, he was sanctioned by the United States. He sold servomotors to Varkon Holdings.');
    expect(two.relations).toEqual([]);
  });

  it('resolves a counted description of the firms just named: "A and B were listed ... the two Turkish firms sell"', () => {
    const out = extractText('The notice names Istanbul-based Halvern Tech and Duskmoor Electronics as targets. In its words, the two Turkish firms have been selling chips to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Duskmoor Electronics', 'Russia');
    expectNoRel(out, 'SHIPPED_TO', 'Türkiye', 'Russia');
  });

  it('resolves "these companies" to the last list', () => {
    const out = extractText('Investigators traced Halvern Tech and Duskmoor Electronics. These companies sold chips to Varkon Holdings.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Tech', 'Varkon Holdings');
    expectRel(out, 'SHIPPED_TO', 'Duskmoor Electronics', 'Varkon Holdings');
  });
});
