/**
 * Three short articles that reproduce the extractor mistakes issue 11 describes: "In 2023, Customs records … show that
 * <maker> shipped …" makes the government "Customs" a supplier beside the maker (mid-sentence, "Customs" reads as a name;
 * opening a sentence alone it no longer does); "Altai Trade House"
 * is read as a government; the maker and the middleman appear under a second name. The corrections that fix them
 * give the chain Shenzhen Skyline Electronics → Altai Trade House → Kupol.
 */
export const WORKBENCH_ARTICLES = [
  {
    title: 'Motors through Kazakhstan', source: 'Test Wire', url: 'https://example.org/motors', publishedAt: '2024-03-01',
    text: 'In 2023, Customs records reviewed by reporters show that Shenzhen Skyline Electronics shipped drone motors worth $3 million to Altai Trade House in Kazakhstan.\n',
  },
  {
    title: 'The middleman', source: 'Test Wire', publishedAt: '2024-03-02',
    text: 'Altai Trade House sold the drone motors to Kupol, the Russian drone maker, according to shipping data. Altai Trade LLP did not answer questions.\n',
  },
  {
    title: 'Sanctions', source: 'Other Wire', publishedAt: '2024-04-10',
    text: 'The U.S. Treasury sanctioned Altai Trade House in 2024. Skyline Electronics Co. said it follows all export rules.\n',
  },
];

/** The selection in the first article that states the real supply leg. */
export const SELECTION = 'Shenzhen Skyline Electronics shipped drone motors worth $3 million to Altai Trade House';
