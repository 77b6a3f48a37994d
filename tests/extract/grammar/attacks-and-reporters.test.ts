/**
 * Two precision guards, shown with sentences written for the test (invented names): a country that "targets" a place
 * with drones or strikes attacks it (no sanction), and a body that reports a deal ("A has confirmed that a deal for B to
 * acquire G went through") is neither party to it, nor what the next sentence's goods came from.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('sanctions: attacks are no measures', () => {
  it('reads "A targeted B with drones" as no sanction, and "targeted B with sanctions" as one', () => {
    expectNoRel(extractText('Armenia has routinely targeted Azerbaijan with drones in recent weeks.'), 'SANCTIONED', 'Armenia', 'Azerbaijan');
    expectNoRel(extractText('Kyiv hit Belarus with missile strikes on Sunday.'), 'SANCTIONED', 'Ukraine', 'Belarus');
    expect(expectRel(extractText('The Treasury Department targeted Velmora Trading with sanctions.'), 'SANCTIONED', 'Department of the Treasury', 'Velmora Trading').rule)
      .toBe('frame:sanction/active');
  });
});

describe('flows: the one who reports a deal', () => {
  it('reads no flow to or from the body that "has confirmed that" a deal went through', () => {
    const out = extractText('The Pentagon confirmed on Monday that an agreement for Belarus to acquire Iranian drones went ahead.');
    expectNoRel(out, 'SHIPPED_TO', 'Iran', 'Pentagon');
    expectNoRel(out, 'SHIPPED_TO', 'Pentagon', 'Belarus');
  });

  it('does not take a reporting body as the supplier of goods an agentless passive delivers in the next sentence', () => {
    const out = extractText('Velmora Trading has confirmed that its trucks were seized in March.\n\nThe radios were delivered to Minsk in May.');
    expectNoRel(out, 'SHIPPED_TO', 'Velmora Trading', 'Belarus');
  });

  it('reads the subject before a reporting aside set off by commas, and the aside\'s reporter as no party', () => {
    const named = extractText('Brask Logistics, the UK Treasury says, bought chips for Halvern Group.');
    expect(expectRel(named, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:acquire-for/active');
    expectNoRel(named, 'SHIPPED_TO', 'UK Treasury', 'Halvern Group');
    // (An unnamed subject names no supplier; the reporter is none either.)
    const unnamed = extractText('The ring, the UK Treasury says, bought chips for Halvern Group.');
    expect(unnamed.relations).toHaveLength(0);
    const officials = extractText('Brask Logistics, US officials said, shipped chips to Halvern Group.');
    expectRel(officials, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
    expectNoRel(officials, 'SHIPPED_TO', 'United States', 'Halvern Group');
  });
});

describe('sanctions: the one who reports a measure', () => {
  it('reads no target in the speaker closing the sentence, inside a title\'s "of" phrase too', () => {
    const out = extractText('The US imposed sanctions on the Laotian chip maker Kestrova LLC as well as two affiliated firms, ' +
      'US Secretary of State Bertrand Olskiy said in a statement.');
    expectRel(out, 'SANCTIONED', 'United States', 'Kestrova LLC');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Bertrand Olskiy');
  });
});
