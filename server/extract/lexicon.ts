/**
 * Domain lexicon for trade, sanctions and procurement reporting: verbs of supply, corporate forms, heads of
 * organisation names, cue words for kinds, negation and hedging. General vocabulary only — no entity names.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verb lemmas whose subject moves goods to a recipient ("A sold X to B"). */
export const SUPPLY_VERBS = set(`
  sell resell re-sell resold supply resupply ship transship export re-export reexport deliver send provide transfer
  transport smuggle funnel funnelled funneled route routed routing dispatch furnish channel sold shipped supplied sent
  delivered exported provided forward forwarded reroute rerouted redirect redirected truck trucked ferry ferried
  airlift airlifted hand handed
`);

/** A maker named by what it makes, as one word or the last of one: "carmaker", "chipmakers", "makers". */
export const MAKER_NOUN = '(?:auto|car|chip|drone|arms|gun|engine|truck|aircraft|tank|tyre|tire)?makers?';

/** Heads of phrases naming ships and aircraft, which carry goods for others: names in apposition to them are carriers. */
export const VESSELS = /^(?:ships?|vessels?|tankers?|freighters?|carriers?|barges?|planes?|aircraft|airplanes?|jets?)$/;

/** A currency's sign or code before a figure: "$", "US$", "€", "GBP". */
export const MONEY_SIGN = /^(?:[a-z]{0,3}\$|[€£¥]|usd|eur|gbp)$/;

/** Verb lemmas whose subject is the recipient ("B bought X from A"). */
export const ACQUIRE_VERBS = set(`buy purchase import order procure acquire source bought purchased imported ordered`);

/** Verb lemmas whose subject receives goods, optionally "from" a source. */
export const RECEIVE_VERBS = set(`receive received`);

/** Verb lemmas whose subject is the goods and object the destination ("shipments reached Russia"). */
export const ARRIVE_VERBS = set(`reach arrive enter`);

/** Nouns that name a supply as an event: "the supply of drones to Russia", "Chinese exports of X to Y". */
export const SUPPLY_NOUNS = set(`
  supply supplies sale sales export exports shipment shipments delivery deliveries transfer transfers provision
  re-exports reexports
`);

/** Nouns that name an acquisition: "orders for X made by Y", "purchases from Y". */
export const ACQUIRE_NOUNS = set(`order orders purchase purchases import imports procurement acquisitions acquisition`);

/** Participles that introduce the maker of goods: "vests produced by X". */
export const MADE_BY = set(`made produced manufactured built assembled developed designed`);

/** Participles that introduce an intermediary: "shipments facilitated by X". */
export const FACILITATED_BY = set(`facilitated brokered arranged organized organised handled routed processed mediated`);

/** Sanctioning verbs (active: "S blacklisted T"; passive: "T was sanctioned by S"). */
export const SANCTION_VERBS = set(`
  sanction sanctioned sanctions blacklist blacklisted designate designated penalize penalized penalise penalised
`);

/** Words that, between subject and verb, turn a statement of supply into a denial, a hedge or a plan. */
export const NEGATION_CUES = set(`
  not n't never no nor cannot neither without unable refused refuse refuses stopped stop stops halted halt ceased
  suspended suspend banned prohibited forbidden
`);
export const DENIAL_CUES = set(`denied deny denies denying rejected rejects dismissed`);
/** What an authority denies a party, an act rather than a denial of a claim: "an order that denies A its licences". */
const GRANTS = /^(?:privileges?|access|entry|licen[cs]es?|permits?|permission|visas?)$/;
/** Whether the word at q ("denying") takes a grant within the next three words: an act, no denial. */
export const deniesGrant = (T: readonly { lower: string }[], q: number): boolean => [1, 2, 3].some((d) => GRANTS.test(T[q + d]?.lower ?? ''));
export const HEDGE_CUES = set(`
  could would might may should can will shall considering consider considers considered planning plans planned plan
  intends intended intending intention intend wants wanted seeks seeking sought ready willing threatened threatens
  accused accusing accuse allegations whether if unless risk risks negotiations negotiating negotiate talks discuss
  discussing discussed hoping hopes expected expects potential possible possibly proposed offering offered asked
  approved approve attempted attempting attempt attempts tried trying
`);

/**
 * An attempt that is itself the charged offence: "sentenced for attempting to smuggle G to B", "arrested for having
 * attempted to export G to B", "accused of trying to export G". Such goods left (and were caught on the way), so the
 * attempt is a flow; an attempt no charge names ("has long tried to export G", "tried to export G, but the deal
 * collapsed"), or one to ship, sell or buy, stays a hedge.
 */
const ATTEMPTS = /^(?:attempt(?:s|ed|ing)?|try|tries|tried|trying)$/;
const CHARGED_MOVES = /^(?:smuggl(?:e|es|ed|ing)|export(?:s|ed|ing)?)$/;
const CHARGES = /^(?:sentenced|convicted|charged|arrested|accused|indicted|jailed|imprisoned|detained|prosecuted|sanctioned|designated|guilty)$/;
/** Whether the attempt word at q, before the verb `verb`, is what a charge names ("jailed for illegally attempting"). */
export function chargedAttempt(T: readonly { lower: string }[], q: number, verb: string): boolean {
  if (!ATTEMPTS.test(T[q]?.lower ?? '') || !CHARGED_MOVES.test(verb)) return false;
  let p = q - 1;
  while (p > q - 4 && /^(?:having|illegally|unlawfully|allegedly|repeatedly|knowingly)$/.test(T[p]?.lower ?? '')) p--;
  if (!/^(?:for|of|with|to)$/.test(T[p]?.lower ?? '')) return false;
  // (Past the charged party and the sentence: "jailed A for attempting", "sentenced A to two years in jail for attempting".)
  for (let r = p - 1; r >= p - 20 && r >= 0; r--) if (CHARGES.test(T[r].lower)) return true;
  return false;
}

/** Words that close a law's name: "the Export Control Regulations", "the Trade Act". */
export const LEGAL_INSTRUMENTS = set(`regulations act directive convention treaty ordinance statute decree code`);

/** Words that end a clause for the purpose of finding a verb's arguments. */
export const CLAUSE_BREAKS = set(`; but while whereas although though because however yet`);

/** Subordinators that open a clause before the main one ("While A was ..., B ..."). */
export const FRONTED_SUBORDINATORS = set(`while whereas although though because since after before when if as once unless`);

/** Legal forms and corporate suffixes that mark a company name ("Kestro Limited", "Tianhe ... Co"). */
export const CORPORATE_SUFFIXES = set(`
  co co. ltd ltd. limited inc inc. incorporated corp corp. corporation llc l.l.c. llp lp plc jsc pjsc ojsc cjsc
  gmbh ag sa s.a. nv bv srl spa pte pty kg fze fzco fzc dmcc ab oy sarl sas oao ooo pao zao ao tov too kft sdn bhd pvt tbk
  a.s a.ş aş d.o.o s.r.o sp.j s.p.a b.v n.v a.g z.o.o o.o oü zrt eood ood
  holding holdings group company doo pmc
`);

/** Words that head or end a company name without being a legal form ("... Aviation Technology"). */
export const COMPANY_WORDS = set(`
  technology technologies tech electronics electronic industries industry industrial trading trade logistics aviation avionics
  robotics systems engineering machinery manufacturing semiconductor semiconductors microelectronics instruments
  solutions motors enterprises enterprise partners capital resources shipping airlines airways air aerospace dynamics devices
  components materials metals chemicals import export imports exports international intl global bank
  investments investment ventures energy telecom communications networks optics optical photonics defence
  defense armaments arms security innovations innovation science sciences models drones uav automation concern
  design development electric electrical plastics rubber chemical precision commercial microsystems processes production
  construction consulting cargo services
`);

/** Heads of government bodies ("Ministry of Defense", "Commerce Department"). */
export const GOVERNMENT_HEADS = set(`
  ministry department agency commission parliament senate congress duma rada government treasury bureau house
  directorate council cabinet administration office service services customs police army navy military kremlin
  pentagon embassy consulate court prosecutor prosecutors union secretariat inspectorate committee subcommittee corps
  force forces guard guards command presidency authority
`);

/** Heads of organisations that are not governments or companies ("KSE Institute", "Center for ..."). */
export const ORGANIZATION_HEADS = set(`
  institute institution center centre foundation university school academy association society fund forum nations
  organization organisation alliance coalition network initiative project programme program observatory council
  federation league movement party laboratory lab consortium research team panel endowment
`);

/** Words that end the name of a news outlet ("The Daily Example Times", "Trade Insider"). */
export const MEDIA_HEADS = set(`
  times post news journal press herald gazette tribune telegraph guardian insider daily weekly magazine radio tv
  television broadcasting broadcaster observer chronicle independent examiner express mirror review media wire
  bulletin monitor dispatch courier today newswire reporter standard zeitung
`);

/** Common nouns that, just before or in apposition to a name, mark it as a company. */
export const COMPANY_CUES = set(`
  company companies firm firms manufacturer manufacturers maker makers producer producers supplier suppliers
  distributor distributors exporter exporters importer importers vendor vendors seller sellers retailer retailers
  trader traders contractor contractors subcontractor subsidiary subsidiaries affiliate conglomerate corporation
  enterprise plant factory shipyard developer carrier intermediary middleman brand giant startup start-up
  business dealer dealers wholesaler reseller operator outfit provider providers forwarder forwarders shipper shippers
  multinational multinationals consortium consortia venture airline airlines aggregator aggregators
`);

/** Abbreviations of a kind of technology, never a product's name: "CNC machine tools", "GPS modules", "FPV drones". */
export const TECH_ABBREVIATIONS = set(`cnc gps gnss glonass fpv uav uavs uas ai it led rf pcb lcd usb cpu gpu sim iot ic fpga`);
/** Abbreviations of a measure, no name either: "issued TDOs on A", "the three TDOs". */
export const MEASURE_ABBREVIATIONS = set(`tdo tdos`);

/** Common nouns that mark an organisation (not a company, not a government). */
export const ORGANIZATION_CUES = set(`think-tank ngo watchdog nonprofit non-profit charity institute organisation organization`);

/** Common nouns that mark a government body. */
export const GOVERNMENT_CUES = set(`ministry agency regulator department authority`);

/** Common nouns and verbs that mark a news outlet. */
export const MEDIA_CUES = set(`newspaper publication outlet magazine broadcaster daily tabloid website portal channel newswire wire
  newspapers outlets broadcasters`);
/** "X reported", "X writes": the subject is a news outlet when it is not a known person, country or body. */
export const MEDIA_VERBS = set(`reported reports wrote writes reveals revealed published publishes`);
/** "reported by X", "cited by X", "obtained by X": the agent is a news outlet. */
export const MEDIA_BY = set(`reported cited reviewed obtained seen published quoted analyzed analysed`);

/** Posts a person may have held before, written "ex-president", "ex-head". */
const POSTS_HELD = /^(?:president|minister|secretary|director|chairman|chairwoman|chair|ceo|cfo|head|chief|ambassador|commander|governor|mayor|chancellor|premier|owner|manager|leader|prosecutor|executive|official|senator|lawmaker|deputy|envoy|officer)$/;
/** Titles that precede a person's name ("spokesman <name>", "President <name>"). */
const TITLE_WORDS = set(`
  president minister secretary spokesman spokeswoman spokesperson director chairman chairwoman chair ceo cfo cto
  founder co-founder head chief official analyst expert researcher economist professor fellow author journalist
  reporter lawmaker senator congressman congresswoman ambassador commander general lieutenant colonel major captain
  admiral deputy adviser advisor envoy representative executive owner manager leader prosecutor governor mayor
  chancellor premier king queen prince sheikh emir vice-president vice scholar investigator specialist editor
  colleague businessman businesswoman entrepreneur tycoon oligarch citizen national individual lawyer diplomat
  resident mr mrs ms dr prof pm sen rep gen col undersecretary under-secretary shareholder employee politician critic
  activist dissident billionaire millionaire magnate dictator engineer scientist officer commissioner banker financier
  coordinator attorney defendant defendants
`);
/** ("A, the ex-president of B", "Ex-head of K's engine plant charged": a former holder of a post, in one word.) */
export const PERSON_TITLES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...[...TITLE_WORDS].filter((t) => POSTS_HELD.test(t)).map((t) => `ex-${t}`)]);

/** Verbs of speech that make a multi-word name in subject or inverted position a person. */
export const SPEECH_VERBS = set(`
  said says told tells added adds noted notes stated states explained explains argued argues warned warns claimed
  claims acknowledged acknowledges commented comments insisted insists stressed stresses emphasized emphasised
  suggested suggests believes believed thinks thought confirmed confirms
`);

/** A participle that opens what a body said, after its action: "imposed sanctions on A, saying that ...". */
export const REPORTING_PARTICIPLE = /^(?:saying|noting|stating|claiming|alleging|adding|explaining|citing|arguing|warning)$/;

/** A verb that closes a clause on its source: "..., the Treasury said", "..., U.S. says", "..., Reuters reported". */
export function reportingVerb(w: string): boolean {
  return SPEECH_VERBS.has(w) || MEDIA_VERBS.has(w) || w === 'say';
}

/** -ing forms that name an industry, and the words for firms they modify: "a shipping company", "a trading firm". */
const INDUSTRY_FORMS = set(`shipping trading manufacturing engineering mining holding consulting forwarding leasing processing marketing`);
const FIRM_WORDS = new Set([...COMPANY_CUES, ...set(`line lines operators agent agents agency agencies group groups businesses house houses giants conglomerates network networks`)]);
/** Whether a word for firms follows: "(a procurement) firm", "(trading) agents". */
export function firmWordNext(next: string | undefined): boolean {
  return FIRM_WORDS.has(next ?? '');
}
/** Whether an -ing form is an industry's name before a word for firms (part of the noun, no verb). */
export function industryModifier(word: string, next: string | undefined): boolean {
  return INDUSTRY_FORMS.has(word) && firmWordNext(next);
}

/** Whether a word names an industry by its -ing form ("shipping", "mining"): "Laotian shipping" is a sector, no act. */
export function industryName(word: string): boolean {
  return INDUSTRY_FORMS.has(word);
}

/** Generic nouns for actors in trade: with a demonym or "from <country>" they stand for that country. */
export const ACTOR_NOUNS = set(`
  company companies firm firms exporter exporters importer importers supplier suppliers manufacturer manufacturers
  producer producers maker makers buyer buyers customer customers client clients distributor distributors trader
  traders dealer dealers vendor vendors seller sellers intermediary intermediaries middlemen middleman entities
  entity businesses business enterprises contractors contractor purchasers purchaser recipients recipient
  government governments authorities shippers shipper wholesalers wholesaler retailers retailer resellers reseller agents agent
  brokers broker forwarders forwarder partners countries nations
  conglomerate conglomerates corporation corporations chipmaker chipmakers plant plants factory factories
  forces military army troops industry parties party holding holdings concern subsidiary unit affiliate
`);

/** Nouns measuring goods, whose "of" complement names the goods ("80 tons of vests"). */
export const MEASURE_NOUNS = set(`
  amount amounts quantity quantities number numbers batch batches lot lots shipment shipments consignment
  consignments ton tons tonnes tonne unit units piece pieces set sets worth hundreds thousands millions dozens
  types type kinds kind variety range part parts percent share supply supplies volume volumes value
`);

/** Words that are never part of a name even when capitalised at the start of a sentence. */
export const NEVER_NAME = set(`
  i a an the this that these those it its it's he she they we you his her their our your my me him them us
  there here what which who whom whose when where why how yes no not also and or but so yet if then thus
  however although though because since while during after before until as at by for from in into of on to
  with without about above below over under between among through via per according despite amid among
  mr mrs ms dr prof st
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  one two three four five six seven eight nine ten first second third last next
  i'm i've i'd i'll
  some many most more much several all any each every both other another such same own
  read related subscribe share follow click contact note advertisement comments comment
  faqs faq q a implications overview background analysis update editor editors
`);

/** Adjectives that are capitalised but never a name on their own ("Western sanctions", "European officials"). */
export const NEVER_ALONE = set(`
  western eastern northern southern european asian african arab latin nordic baltic soviet islamic muslim christian
  orthodox allied west east north south central english middle
`);

/**
 * Intergovernmental bodies, which no word of their name classifies (domain vocabulary: institutions, not parties):
 * lower-case name without dots -> kind. A union that legislates and sanctions is a government; alliances and
 * forums are organisations.
 */
export const INSTITUTIONS: ReadonlyMap<string, 'government' | 'organization'> = new Map([
  ['eu', 'government'], ['european union', 'government'],
  // National sanctions and export-control offices known by their acronyms alone.
  ['ofac', 'government'], ['bis', 'government'], ['ofsi', 'government'], ['fincen', 'government'], ['nsdc', 'government'],
  // Ministries, security and intelligence services known by their acronyms alone.
  ['doj', 'government'], ['hsi', 'government'],
  ['fbi', 'government'], ['cia', 'government'], ['fsb', 'government'], ['gru', 'government'], ['svr', 'government'], ['sbu', 'government'], ['hur', 'government'],
  ['nato', 'organization'], ['g7', 'organization'], ['g20', 'organization'], ['group of seven', 'organization'],
  ['un', 'organization'], ['united nations', 'organization'], ['arab league', 'organization'], ['opec', 'organization'],
]);

/** Regions that are neither countries nor actors ("via Central Asia", "in the South Caucasus"). */
export const REGIONS = new Set(
  `central asia|south caucasus|caucasus|north caucasus|middle east|near east|far east|eastern europe|western europe|
  central europe|southern europe|northern europe|europe|asia|africa|north africa|latin america|south america|
  north america|southeast asia|south-east asia|east asia|south asia|asia-pacific|balkans|western balkans|persian gulf|
  gulf|scandinavia|baltics|baltic states|sahel|arctic|black sea|caspian|caspian sea|siberia|eurasia|transcaucasia|
  indo-pacific|global south|the west|horn of africa|crimea|chechnya|donbas|donbass|dagestan|tatarstan|bashkortostan|transnistria|
  abkhazia|south ossetia`
    .split('|')
    .map((x) => x.trim()),
);

/** Prepositions: a name right after one is not the subject of a clause. */
export const PREPOSITIONS = set(`
  in of from to at by with for on via through into onto against about over under between among including like than
  despite amid toward towards across within inside outside near around behind beyond beside besides upon after
  before since during throughout regarding concerning per
`);

/** Pronouns that may stand for the previous sentence's subject. */
export const SUBJECT_PRONOUNS = set(`it they he she`);

/** Determiners and modifiers skipped when looking at what precedes a name. */
export const DETERMINERS = set(`the a an its their his her our this that these those another other such some any each`);

/** Function words: a line ending with one of these continues on the next line. */
export const CONTINUATION_WORDS = set(`
  the a an of to in for with by from and or but that which who about was were is are be been than as at on via
  through including between into onto its their his her our this these those such very most more some any
`);

/** Tokens that are model designations rather than names: "A140", "HW52V", "ZT-180", "Kestro-5", "M16". */
export const MODEL_CODE = /^(?=[^\d]*\d)[A-Z][A-Za-z]{0,12}-?\d{1,5}[A-Za-z]{0,3}(?:-\d{1,4}[A-Za-z]?)?s?$/;

/** Arms a country's forces use: "components for Russian drones" are for Russia. */
export const ARMS = /^(?:weapons?|weaponry|drones?|uavs?|missiles?|rockets?|aircraft|helicopters?|tanks?|munitions?|arms|bombs?|arsenal)$/;

/** Words that make a trade role only supposed: "a possible source", "a prospective supplier". */
export const SUPPOSED_ROLE = /^(?:possible|potential|prospective|would-be)$/;

/** Goods nouns: the head of an object phrase that is merchandise, not a party to the trade. */
export const GOODS_NOUNS = set(`
  drone drones uav uavs quadcopter quadcopters copter copters aircraft helicopter helicopters missile missiles rocket
  rockets munition munitions ammunition ammo shell shells bullet bullets round rounds rifle rifles gun guns weapon
  weapons arms pistol pistols grenade grenades artillery tank tanks vehicle vehicles truck trucks engine engines
  turbine turbines part parts component components chip chips microchip microchips semiconductor semiconductors
  electronics microelectronics circuit circuits processor processors module modules sensor sensors camera cameras
  imager imagers optics sight sights scope scopes vest vests helmet helmets armor armour plate plates ceramics gear
  equipment machinery machine machines tool tools battery batteries motor motors radio radios antenna antennas
  transmitter transmitters receiver receivers navigation gps satellite satellites system systems device devices
  goods products product items item material materials steel aluminium aluminum nitrocellulose chemicals explosives
  fuel oil gas technology technologies software hardware platform platforms model models kit kits spare spares
  aid bearings uniform uniforms microcontroller microcontrollers controller controllers transistor transistors
  capacitor capacitors diode diodes chipset chipsets board boards lathe lathes rounds explosives propellant
  optic thermal radar radars jammer jammers receivers jet jets
`);

/**
 * Legal forms written before a name, quoted or not, in Russian and other post-Soviet registers ("LLC <name>"), and the
 * Indonesian limited company's ("PT <name>").
 */
export const LEGAL_FORMS_BEFORE_QUOTES = set(`ooo ao zao oao pao jsc pjsc cjsc ojsc llc osoo too tov npo npp npk fgup gup mup okb kb ip pt`);
/** A month's name or short form: "May", "Sept.". */
export const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“', '„']);
/** Participles that say where a party is, after a place and a hyphen: "the Laos-based A". */
export const BASED_WORDS = /^(?:based|registered|headquartered)$/;
/** Modal auxiliaries: "will", "may", "must" (in lower case; "May" opening a date is a month). */
export const MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would', 'should', 'can', 'will', 'shall', 'must']);
/** Marks that close a quotation ("“" too, as some texts close with it). */
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”', '“']);

/** Nouns for the accused side of a case ("suspects A and B", "defendant C"): never the officer who brings or tries it. */
export const CASE_PARTY_NOUNS = /^(?:suspects?|defendants?|co-defendants?|accused)$/;
