/**
 * Grammar layer 3, frames as data: one table from a trigger class, the clause's voice and its roles to a relation
 * type and direction. The interpreter (interpret.ts) reads this table and nothing else decides what a clause means.
 * A role names where an argument is read: the clause's subject or object, a preposition's object, or the
 * discourse ("sanctioner": the body that imposed the sanctions the text is about). The first role that yields an
 * entity wins. `needs` names a role whose head noun must belong to a word class ("imposed sanctions on ...",
 * "added to the Entity List").
 */
import type { RelationType } from '../../domain/relation-registry.js';
import { MAKER_NOUN } from '../lexicon.js';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const TRIGGERS = {
  supply: words(`supply resupply sell ship transship export deliver send provide transfer transport smuggle funnel route
    dispatch furnish channel forward redirect truck ferry airlift hand`),
  acquire: words(`buy purchase import procure acquire obtain order source receive`),
  sanction: words(`sanction blacklist designate penalize penalise target`),
  hit: words(`hit slap`),
  /** "B named A for sanctions", "A was singled out for sanctions": choosing a target, with the measure after "for". */
  nameFor: words(`name single`),
  /** "arms sent by A and destined for B": goods whose destination a participle gives. */
  destined: words(`destin destine`),
  /** "Laos banned the export of G to K", "blocked exports of G to K": a body's ban on trade with a destination. */
  ban: words(`ban prohibit bar forbid block restrict`),
  /** Verbs whose subject is the goods: "US chips continued to flow to Russia", "Chinese drones reached Russia". */
  arrive: words(`flow stream reach arrive pour travel`),
  /** Verbs whose object may be the recipient: "supplied the army", "provided Russia with engines". */
  provision: words(`supply provide furnish equip arm resupply`),
  impose: words(`impose levy slap level introduce extend announce place instate adopt enact approve unveil apply put issue set release publish
    take add`),
  /** "A made 118 shipments of G to B", "carried out 200 shipments, valued at ..., to B": a light verb with a supply event. */
  light: words(`make carry conduct complete`),
  /** "A facilitated the procurement of G for B", "A arranged the shipment of G to B": arranging a trade takes part in it. */
  arrangeTrade: words(`facilitate arrange broker organise organize`),
  /** "A assembles sonar units for the Russian army": goods made for a buyer are supplied to it. */
  produce: words(`make manufacture produce build assemble`),
  /** "A received an order from B": the one who ordered buys from the subject. */
  orderReceived: words(`receive win secure land get obtain fulfil fulfill fill`),
  /** "B took delivery of G from A": receiving goods in so many words. */
  takeDelivery: words(`take accept`),
  /** "B turned to A for G": a buyer's recourse to a supplier. */
  turnTo: words(`turn`),
  /** "A faces US sanctions": the subject is under a measure the object names with its body. */
  face: words(`face`),
  list: words(`add place put include list enter`),
  /** "B expanded its sanctions list", "OFAC updated the SDN list": a body amending a list it keeps. */
  amend: words(`update expand extend amend broaden enlarge widen supplement`),
  own: words(`own control`),
  belong: words(`belong`),
  stake: words(`acquire take buy hold own purchase obtain gain have retain keep assume seize`),
  /** "A was acquired by B": a company bought whole. */
  takeover: words(`acquire buy purchase`),
  stakeSale: words(`sell transfer`),
  /** "A cut its stake in B to 77%", "raised its holding in B": a stake changed in size, still held. */
  stakeChange: words(`cut reduce halve lower trim increase raise boost lift`),
  /** "The government nationalised A": the state becomes the owner. */
  nationalize: words(`nationalize nationalise`),
  /** Verbs whose "in" phrase names the subject's own activity: "were involved in the export of G to B". */
  engage: words(`involve engage participate`),
  /** "B relied on A for engines": the subject depends on a supplier. */
  rely: words(`rely depend`),
  /** "B uses engines made by A": goods the subject puts to use, made or supplied by a named party. */
  use: words(`use employ incorporate utilize utilise`),
  /** "The chips passed through A on their way to B": goods moving through a place. */
  transit: words(`transit pass move travel enter cross go`),
  /** "find their way to A via B": goods as the subject of an idiom of arrival. */
  wayVerb: words(`find make`),
  /** "B subjected A to an asset freeze", "A was subjected to sanctions": a target made to bear a measure. */
  subjectTo: words(`subject`),
  /** "froze the assets of A". */
  freeze: words(`freeze`),
  /** "suspended the export privileges of A", "an order denying the export privileges of B". */
  revoke: words(`deny suspend revoke terminate`),
  /** "Modules made by A appear in B's import declarations": goods turning up in a party's trade records. */
  surface: words(`appear reappear surface feature`),
  /** "Chips made by A were found in Russian drones": goods turning up in a party's weapons. */
  found: words(`find discover identify detect recover`),
  /** "A hit the blacklist of B", "A landed on B's sanctions list": a target reaching a list. */
  enterList: words(`hit land make`),
  /** "Russian drones contained chips made by A": weapons holding the goods they were built with. */
  hold: words(`contain carry house`),
  /** "B set up new supply chains through K": a buyer building its routes. */
  establish: words(`set build establish create organize organise devise develop forge`),
  /** "B paid A $3 million for 200 drones": money given for goods. */
  pay: words(`pay`),
  /** "A received $3 million from B for 200 drones": money taken for goods. */
  payment: words(`receive earn`),
  /** "A invoiced B $3 million for 200 drones": a seller's bill to its buyer. */
  invoice: words(`invoice bill`),
  /** "A fell under export restrictions", "A came under US sanctions": a target reaching a measure. */
  fall: words(`fall come`),
  /** "Laos gave missile systems to K": a plain verb of giving, with goods for its object. */
  give: words(`give`),
  /** "Russia gets Western chips via K": a plain verb of getting, with goods for its object. */
  get: words(`get`),
  /** "A shipped G to B. The shipments came from K": goods named again, with the place they left from. */
  originate: words(`originate come`),
  /** "Chips from A ended up in Russia": goods as the subject of an idiom of arrival. */
  endUp: words(`end`),
  /** "K responded with sanctions against B": a body answering with a measure. */
  respond: words(`respond retaliate react`),
  /** "The EU's new package includes A": a measure's contents. */
  contain: words(`include cover name list comprise encompass`),
  /** "The list consists of A and B": a list's contents after "of". */
  consist: words(`consist`),
  /** "The new sanctions take aim at A": a measure's aim. */
  aimAt: words(`take`),
  /** Verbs of taking goods out of a place: "removed weapons from Syria", "withdrew equipment from its base in B". */
  withdraw: words(`remove withdraw evacuate`),
} as const;
export type TriggerClass = keyof typeof TRIGGERS;

/** Head nouns of a sanctions measure: the object of "impose", the subject of "target". */
export const SANCTION_NOUNS = words(`sanctions sanction restrictions measures countermeasures penalties designations package packages
  ban bans tranche round freeze freezes controls denial tdo tdos embargo embargoes`);
/** An order denying export privileges, whose targets may follow "for": "a temporary denial order for A". */
const DENIAL_ORDERS = words(`denial tdo tdos`);
/** Trade a ban names as its object: "the export of G", "shipments of G". */
export const TRADE_OBJECTS = words(`export exports re-export re-exports sale sales shipment shipments supply supplies delivery deliveries transfer transfers trading`);
/** What an export-control agency takes away: "suspended the export privileges of A". */
const PRIVILEGE_NOUNS = words(`privileges privilege`);
/** What a freeze takes: "froze the assets of A". */
export const ASSET_NOUNS = words(`assets asset funds property accounts holdings`);
/** Generic nouns that stand for the traders of a country named as their modifier ("Russian companies"). */
export const TRADER_NOUNS = new RegExp(`^(?:compan(?:y|ies)|firms?|entit(?:y|ies)|buyers?|customers?|clients?|importers?|exporters?|suppliers?|distributors?|traders?|dealers?|resellers?|intermediar(?:y|ies)|middlem[ae]n|brokers?|agents?|forwarders?|vendors?|military|army|forces|industry|manufacturers?|producers?|${MAKER_NOUN}|shipbuilders?|plants?|factor(?:y|ies)|enterprises?|business(?:es)?|recipients?|end-users?|users|defen[cs]e)$`);
/** Heads of goods phrases: "US semiconductors" (origin as modifier), "UAVs shipped from A" (a reduced passive). */
export const GOODS_NOUNS = words(`semiconductors chips microchips components parts drones uavs electronics goods equipment
  technology technologies weapons arms engines items products microelectronics machinery tools ammunition shells
  missiles servers servomotors sights cargo shipments consignments helmets devices systems sensors modules radios
  boards lenses optics batteries cameras motors controllers receivers processors transistors capacitors bearings lathes`);
/** A body's papers, whose subject is the body that acted: "The statement lists A and B as among those ...". */
export const PAPER_NOUNS = /^(?:statement|release|announcement|notice|document|order|decision)$/;
/** Subjects that stand for the sanctioning body's act: "Tuesday's move imposed sanctions on A". */
export const SANCTION_ACTS = words(`move moves action actions decision decisions order orders announcement step steps`);
/** Nouns for the targets of sanctions: "the targets included A", "among the entities targeted is A". */
export const TARGET_NOUNS = words(`targets designees`);
/** A party's share in a deed or an event: "for its role in supplying", "its role in the supply of G to B". */
export const SHARE_NOUNS = /^(?:role|involvement|part|participation)$/;
export const TARGETED = /^(?:targeted|targetted|sanctioned|designated|blacklisted|listed|named|hit)$/;
/** Head nouns of a list a name is put on. */
export const LIST_NOUNS = words(`list lists blacklist sanctions package list.`);
/** Words that make a list a sanctions list: "its sanctions list", "the SDN list", "the blacklist" (not "its list of goods"). */
export const SANCTIONS_LIST_WORDS = words(`sanctions sanction blacklist sdn entity restrictive`);
/** The object of taking a company over: "took control of B". */
export const CONTROL_NOUNS = words(`control`);
/** "acquired a controlling stake in A": the object of a share purchase. */
export const STAKE_NOUNS = words(`stake stakes share shares interest holding equity control percent cent percentage per % majority minority`);
/** Nouns for a company's dependants and its owners (nominal ownership frames). */
export const CHILD_NOUNS = words(`subsidiary subsidiaries unit units division divisions affiliate affiliates arm branch asset
  branches daughter subsidary`);
export const OWNER_NOUNS = words(`owner owners co-owner co-owners shareholder shareholders holder holders stakeholder stakeholders beneficiary beneficiaries
  parent proprietor proprietors`);
/** Nouns of supply as an event: "A's exports to B", "shipments of G from A to B". */
export const SUPPLY_EVENT_NOUNS = words(`supply supplies sale sales export exports re-exports shipment shipments backfill
  delivery deliveries transfer transfers trade smuggling trafficking transportation`);
/** Nouns of a trade route: "set up new supply chains through K". */
export const CHAIN_NOUNS = words(`chain chains route routes channel channels scheme schemes corridor corridors`);
/** Nouns of buying as an event: "Russia's imports from China", "purchases by A from B". */
export const ACQUIRE_EVENT_NOUNS = words(`import imports purchase purchases procurement acquisitions`);
/** Nouns of a company's trading partners: "A's customers include B", "among its suppliers is C". */
export const CUSTOMER_NOUNS = words(`customer customers client clients buyer buyers`);
export const SUPPLIER_NOUNS = words(`supplier suppliers vendor vendors`);
/** What a supplier receives from a buyer: "received an order from B", "won a contract from B". */
export const ORDER_NOUNS = words(`order orders contract contracts`);

export type ArgRole = 'goodsOwner' | 'inWhich' | 'forTrader' | 'lastBuyer' | 'subjBody' | 'madeIn' | 'recordsOf' | 'lastHolder' | 'goodsHolder' | 'recentSupplier' | 'prevAgent' | 'maker' | 'goodsDestination' | 'facilitator' | 'objDative' | 'helper' | 'upon' | 'destination' | 'objCountry' | 'subj' | 'subjOf' | 'subjCompany' | 'subjParty' | 'obj' | 'objParty' | 'subjTo' | 'subjOrigin' | 'fromCountry' | 'by' | 'to' | 'from' | 'on' | 'against' | 'for' | 'with' | 'into' | 'in' | 'of' | 'via' | 'through' | 'under' | 'over' | 'subjOn' | 'objBody' | 'objCompany' | 'listOwner' | 'listAdditions' | 'whoseGoods' | 'importedTo' | 'sanctioner' | 'beneficiary' | 'usedIn' | 'forUse' | 'foundIn' | 'chainOwner' | 'payee' | 'listedTargets' | 'underBody' | 'contractParty' | 'goodsMaker' | 'customsOf' | 'weaponOf' | 'objOrigin' | 'ofOrigin' | 'objListOwner' | 'afterFor' | 'overseer' | 'objPossessor' | 'atAfterObj';

export interface FrameSpec {
  name: string;
  trigger: TriggerClass;
  voice: 'active' | 'passive';
  type: RelationType;
  source: ArgRole[];
  target: ArgRole[];
  via?: ArgRole[];
  /** A role whose head noun must be in a class for the frame to apply. */
  /** (`nouns: 'goods'`: goods the text has named, known goods or what an earlier transfer moved; see goods.ts.) */
  needs?: { role: 'obj' | 'subj' | 'to' | 'on' | 'in' | 'with' | 'by' | 'under' | 'for' | 'from'; nouns: ReadonlySet<string> | 'goods' };
  /** A preposition's phrase the clause must have besides ("used by B": no user, no frame). */
  with?: 'by';
}

const VIA: ArgRole[] = ['via', 'through'];

export const FRAMES: readonly FrameSpec[] = [
  { name: 'supply/active', trigger: 'supply', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['to', 'into', 'usedIn', 'forTrader', 'forUse', 'contractParty', 'customsOf'], via: VIA },
  { name: 'supply-party/active', trigger: 'provision', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['objParty'], via: VIA },
  { name: 'supply-dative/active', trigger: 'supply', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['objDative'], via: VIA },
  { name: 'supply-party/passive', trigger: 'provision', voice: 'passive', type: 'SHIPPED_TO', source: ['by'], target: ['subjParty'], via: VIA },
  // ("arms sent by A and destined for B": the party the joined passive names sends them to B.)
  { name: 'destined/passive', trigger: 'destined', voice: 'passive', type: 'SHIPPED_TO', source: ['prevAgent'], target: ['for'] },
  { name: 'supply/passive', trigger: 'supply', voice: 'passive', type: 'SHIPPED_TO', source: ['by', 'from', 'subjOrigin', 'prevAgent', 'recentSupplier', 'goodsHolder', 'whoseGoods', 'maker'], target: ['to', 'into', 'subjTo', 'goodsDestination'], via: VIA },
  { name: 'supply-from/active', trigger: 'supply', voice: 'active', type: 'SHIPPED_TO', source: ['fromCountry'], target: ['to', 'into'], via: VIA },
  // ("A exported G to B. The shipments originated from K": the goods the text has just sent to B left from K.)
  { name: 'originate/active', trigger: 'originate', voice: 'active', type: 'SHIPPED_TO', source: ['from'], target: ['goodsDestination'] },
  { name: 'arrive/active', trigger: 'arrive', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'subjOrigin', 'maker'], target: ['to', 'into', 'obj', 'in'], via: VIA },
  { name: 'withdraw-from/active', trigger: 'withdraw', voice: 'active', type: 'SHIPPED_TO', source: ['from'], target: ['subj'], needs: { role: 'obj', nouns: 'goods' } },
  { name: 'transit/active', trigger: 'transit', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'subjOrigin'], target: ['to', 'into', 'destination', 'objCountry'], via: ['via', 'through', 'in'], needs: { role: 'subj', nouns: 'goods' } },
  { name: 'find-way/active', trigger: 'wayVerb', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'subjOrigin'], target: ['into', 'to'], via: VIA, needs: { role: 'obj', nouns: words('way') } },
  // ("Thermal modules made by A also appear in B's import declarations", "Parts with the same serial numbers appear in
  // declarations filed by C": the maker, or the goods' last holder, supplied the party whose records they are.)
  { name: 'appear-in-records/active', trigger: 'surface', voice: 'active', type: 'SHIPPED_TO', source: ['subj', 'subjOrigin', 'maker', 'lastHolder'], target: ['recordsOf'] },
  // ("Components made by A were found in Russian missiles", "A's chips were discovered in B's drones": goods the
  // maker or owner made reached the party whose weapons they turned up in.)
  { name: 'found-in/passive', trigger: 'found', voice: 'passive', type: 'SHIPPED_TO', source: ['subjOrigin', 'maker'], target: ['foundIn'], needs: { role: 'subj', nouns: 'goods' } },
  // ("Investigators found chips made by A in Russian drones": the same with the finder as the subject.)
  { name: 'found-in/active', trigger: 'found', voice: 'active', type: 'SHIPPED_TO', source: ['goodsMaker', 'objOrigin', 'madeIn'], target: ['foundIn'], needs: { role: 'obj', nouns: 'goods' } },
  // ("Russian drones contained chips made by A", "B's missiles carry A's chips": the weapons' country or owner got the
  // goods from their maker.)
  { name: 'weapon-holds/active', trigger: 'hold', voice: 'active', type: 'SHIPPED_TO', source: ['goodsMaker', 'objOrigin', 'madeIn'], target: ['weaponOf'], needs: { role: 'obj', nouns: 'goods' } },
  // ("Chips from A ended up in B", "A's engines ended up in B's drones", "The engines later ended up in B": from the
  // goods' origin, maker or last holder.)
  { name: 'end-up/active', trigger: 'endUp', voice: 'active', type: 'SHIPPED_TO', source: ['subjOrigin', 'maker', 'lastHolder'], target: ['foundIn', 'in', 'with'], via: VIA },
  // ("B set up new supply chains through K and C": the places a buyer's supply chains run through supply it.)
  { name: 'supply-chain-through/active', trigger: 'establish', voice: 'active', type: 'SHIPPED_TO', source: ['via', 'through'], target: ['to', 'into', 'chainOwner'], needs: { role: 'obj', nouns: CHAIN_NOUNS } },
  // ("B routed its purchases of chips through K": the buyer's purchases reached it through K.)
  { name: 'route-purchases/active', trigger: 'supply', voice: 'active', type: 'SHIPPED_TO', source: ['via', 'through'], target: ['to', 'into', 'subj'], needs: { role: 'obj', nouns: ACQUIRE_EVENT_NOUNS } },
  // ("B paid A $3 million for 200 drones", "A received $3 million from B for the drones": the money went one way, the
  // goods the other.)
  { name: 'pay-for/active', trigger: 'pay', voice: 'active', type: 'SHIPPED_TO', source: ['payee'], target: ['subj'], needs: { role: 'for', nouns: 'goods' } },
  // ("A invoiced B over 5 million yuan for the drones", "B was billed by A for 40 engines": the seller bills the buyer.)
  { name: 'invoice-for/active', trigger: 'invoice', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['obj'], needs: { role: 'for', nouns: 'goods' } },
  { name: 'invoice-for/passive', trigger: 'invoice', voice: 'passive', type: 'SHIPPED_TO', source: ['by'], target: ['subj'], needs: { role: 'for', nouns: 'goods' } },
  { name: 'paid-for/active', trigger: 'payment', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['from'], needs: { role: 'for', nouns: 'goods' } },
  // ("Laos gave missile systems to K": goods only, not "gave support to K".)
  { name: 'give-goods/active', trigger: 'give', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['to'], via: VIA, needs: { role: 'obj', nouns: 'goods' } },
  // ("B gets G from A", "B gets G via third countries such as K": goods only, not "gets its name from".)
  { name: 'get-goods/active', trigger: 'get', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'madeIn', 'goodsOwner'], target: ['subj'], via: VIA, needs: { role: 'obj', nouns: 'goods' } },
  { name: 'arrange-purchase/active', trigger: 'arrangeTrade', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['beneficiary'], via: VIA, needs: { role: 'obj', nouns: ACQUIRE_EVENT_NOUNS } },
  { name: 'arrange-supply/active', trigger: 'arrangeTrade', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['to', 'into'], via: VIA, needs: { role: 'obj', nouns: SUPPLY_EVENT_NOUNS } },
  { name: 'light-verb-supply/active', trigger: 'light', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['to', 'into'], via: VIA, needs: { role: 'obj', nouns: SUPPLY_EVENT_NOUNS } },
  { name: 'produce-for/active', trigger: 'produce', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['forTrader', 'contractParty'] },
  { name: 'take-delivery/active', trigger: 'takeDelivery', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'ofOrigin'], target: ['subj'], needs: { role: 'obj', nouns: words('delivery deliveries') } },
  { name: 'turn-to/active', trigger: 'turnTo', voice: 'active', type: 'SHIPPED_TO', source: ['to'], target: ['subj'], needs: { role: 'for', nouns: 'goods' } },
  { name: 'order-from/active', trigger: 'orderReceived', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['from'], needs: { role: 'obj', nouns: ORDER_NOUNS } },
  { name: 'acquire/active', trigger: 'acquire', voice: 'active', type: 'SHIPPED_TO', source: ['from', 'helper', 'facilitator', 'madeIn', 'goodsOwner', 'goodsMaker', 'objOrigin'], target: ['subj', 'beneficiary'], via: VIA },
  /** "The network procured CNC machines for B": buying on a buyer's behalf supplies that buyer. */
  { name: 'acquire-for/active', trigger: 'acquire', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['beneficiary'], via: VIA },
  { name: 'rely/active', trigger: 'rely', voice: 'active', type: 'SHIPPED_TO', source: ['upon', 'on', 'goodsMaker'], target: ['subj'] },
  // ("B was using engines produced by A", "B uses Western technology, including chips made by A": the maker or supplier
  // of the goods a party puts to use supplied it.)
  { name: 'use/active', trigger: 'use', voice: 'active', type: 'SHIPPED_TO', source: ['goodsMaker', 'objOrigin'], target: ['subj', 'weaponOf'], needs: { role: 'obj', nouns: 'goods' } },
  // ("the weapons used by B were manufactured in A", "Laotian drones used by B": goods a party uses came from their maker.)
  { name: 'use/passive', trigger: 'use', voice: 'passive', type: 'SHIPPED_TO', source: ['subjOrigin'], target: ['by'], needs: { role: 'subj', nouns: 'goods' }, with: 'by' },
  { name: 'acquire/passive', trigger: 'acquire', voice: 'passive', type: 'SHIPPED_TO', source: ['from', 'maker', 'goodsHolder', 'goodsOwner', 'whoseGoods', 'subjOrigin'], target: ['by', 'into', 'lastBuyer', 'importedTo'], via: VIA },
  { name: 'sanction/active', trigger: 'sanction', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj'] },
  // ("A is sanctioned under the Security Council's resolution 4021": the body whose act the measure is.)
  { name: 'sanction/passive', trigger: 'sanction', voice: 'passive', type: 'SANCTIONED', source: ['by', 'underBody', 'sanctioner'], target: ['subj'] },
  { name: 'impose/active', trigger: 'impose', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['on', 'against', 'to'], needs: { role: 'obj', nouns: SANCTION_NOUNS } },
  { name: 'impose/passive', trigger: 'impose', voice: 'passive', type: 'SANCTIONED', source: ['by', 'subjBody', 'overseer', 'sanctioner'], target: ['on', 'against', 'subjOn', 'to'], needs: { role: 'subj', nouns: SANCTION_NOUNS } },
  // ("issued temporary denial orders for A and B": an export-denial order names its targets with "for" as well.)
  { name: 'impose/denial-order-for', trigger: 'impose', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['for'], needs: { role: 'obj', nouns: DENIAL_ORDERS } },
  { name: 'impose/denial-order-for-passive', trigger: 'impose', voice: 'passive', type: 'SANCTIONED', source: ['by', 'subjBody', 'sanctioner'], target: ['for'], needs: { role: 'subj', nouns: DENIAL_ORDERS } },
  // ("OFAC has taken action against A": an enforcing body's measure; only a government body's, checked where it is read.)
  { name: 'take-action/active', trigger: 'impose', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['against'], needs: { role: 'obj', nouns: words('action actions') } },
  // ("The ministry released a fresh list of targets, including A and C": the names of a list of targets.)
  { name: 'release-list/active', trigger: 'impose', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['listedTargets'], needs: { role: 'obj', nouns: LIST_NOUNS } },
  { name: 'ban-trade/active', trigger: 'ban', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['to'], needs: { role: 'obj', nouns: TRADE_OBJECTS } },
  // ("B banned A from technology transfers", "A has been barred by B from exports": a party kept from trade.)
  { name: 'ban-from-trade/active', trigger: 'ban', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['obj'], needs: { role: 'from', nouns: TRADE_OBJECTS } },
  // ("A was banned from trading with K": the body of the measures on record when no agent is named.)
  { name: 'ban-from-trade/passive', trigger: 'ban', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subj'], needs: { role: 'from', nouns: TRADE_OBJECTS } },
  { name: 'face/active', trigger: 'face', voice: 'active', type: 'SANCTIONED', source: ['objBody', 'from', 'sanctioner'], target: ['subj'], needs: { role: 'obj', nouns: SANCTION_NOUNS } },
  { name: 'place-under/active', trigger: 'list', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj'], needs: { role: 'under', nouns: SANCTION_NOUNS } },
  { name: 'place-under/passive', trigger: 'list', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subj'], needs: { role: 'under', nouns: SANCTION_NOUNS } },
  { name: 'fall-under/active', trigger: 'fall', voice: 'active', type: 'SANCTIONED', source: ['underBody', 'sanctioner'], target: ['subj'], needs: { role: 'under', nouns: SANCTION_NOUNS } },
  // ("The sanctions also applied to airlines including A": a measure as the subject of "apply to".)
  { name: 'apply-to/active', trigger: 'impose', voice: 'active', type: 'SANCTIONED', source: ['subjBody', 'sanctioner'], target: ['to'], needs: { role: 'subj', nouns: SANCTION_NOUNS } },
  // ("It named for sanctions the firm, its directors and two traders, C and D": the object shifted past "for".)
  { name: 'name-for/active', trigger: 'nameFor', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj', 'afterFor'], needs: { role: 'for', nouns: SANCTION_NOUNS } },
  { name: 'name-for/passive', trigger: 'nameFor', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subj'], needs: { role: 'for', nouns: SANCTION_NOUNS } },
  // ("A and its director, B, were named in the measures": named among a measure's targets.)
  { name: 'name-in/passive', trigger: 'nameFor', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subj'], needs: { role: 'in', nouns: SANCTION_NOUNS } },
  // ("A was named in the Treasury's latest sanctions list": the list's owner.)
  { name: 'name-in-list/passive', trigger: 'nameFor', voice: 'passive', type: 'SANCTIONED', source: ['by', 'listOwner', 'sanctioner'], target: ['subj'], needs: { role: 'in', nouns: LIST_NOUNS } },
  // ("Britain's new sanctions hit A": a measure as the subject, its body the owner.)
  { name: 'hit/active', trigger: 'hit', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj'], needs: { role: 'subj', nouns: SANCTION_NOUNS } },
  /** "Laos hit A with sanctions", "the EU slapped K with sanctions": the object is the target. */
  { name: 'hit-with/active', trigger: 'hit', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['obj'], needs: { role: 'with', nouns: SANCTION_NOUNS } },
  { name: 'respond-with/active', trigger: 'respond', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['against', 'on'], needs: { role: 'with', nouns: SANCTION_NOUNS } },
  { name: 'hit-by/passive', trigger: 'hit', voice: 'passive', type: 'SANCTIONED', source: ['by'], target: ['subj'], needs: { role: 'by', nouns: SANCTION_NOUNS } },
  { name: 'hit-with/passive', trigger: 'hit', voice: 'passive', type: 'SANCTIONED', source: ['by', 'with', 'sanctioner'], target: ['subj'], needs: { role: 'with', nouns: SANCTION_NOUNS } },
  { name: 'list/active', trigger: 'list', voice: 'active', type: 'SANCTIONED', source: ['subj', 'listOwner', 'sanctioner'], target: ['obj'], needs: { role: 'to', nouns: LIST_NOUNS } },
  { name: 'list-on/active', trigger: 'list', voice: 'active', type: 'SANCTIONED', source: ['subj', 'listOwner', 'sanctioner'], target: ['obj'], needs: { role: 'on', nouns: LIST_NOUNS } },
  { name: 'list/passive', trigger: 'list', voice: 'passive', type: 'SANCTIONED', source: ['by', 'listOwner', 'sanctioner'], target: ['subj'], needs: { role: 'to', nouns: LIST_NOUNS } },
  { name: 'list-on/passive', trigger: 'list', voice: 'passive', type: 'SANCTIONED', source: ['by', 'listOwner', 'sanctioner'], target: ['subj'], needs: { role: 'on', nouns: LIST_NOUNS } },
  // ("A was listed under the SDN List", "B listed A under its sanctions list".)
  { name: 'list-under/active', trigger: 'list', voice: 'active', type: 'SANCTIONED', source: ['subj', 'listOwner', 'sanctioner'], target: ['obj'], needs: { role: 'under', nouns: LIST_NOUNS } },
  { name: 'list-under/passive', trigger: 'list', voice: 'passive', type: 'SANCTIONED', source: ['by', 'listOwner', 'sanctioner'], target: ['subj'], needs: { role: 'under', nouns: LIST_NOUNS } },
  { name: 'list-in/active', trigger: 'list', voice: 'active', type: 'SANCTIONED', source: ['subj', 'listOwner', 'sanctioner'], target: ['obj'], needs: { role: 'in', nouns: LIST_NOUNS } },
  { name: 'list-in/passive', trigger: 'list', voice: 'passive', type: 'SANCTIONED', source: ['by', 'listOwner', 'sanctioner'], target: ['subj'], needs: { role: 'in', nouns: LIST_NOUNS } },
  // ("A hit the blacklist of B", "A landed on B's sanctions list": the list's owner, named in its
  // phrase, sanctions the subject.)
  { name: 'enter-list/active', trigger: 'enterList', voice: 'active', type: 'SANCTIONED', source: ['objListOwner'], target: ['subj'], needs: { role: 'obj', nouns: LIST_NOUNS } },
  { name: 'land-on-list/active', trigger: 'enterList', voice: 'active', type: 'SANCTIONED', source: ['listOwner'], target: ['subj'], needs: { role: 'on', nouns: LIST_NOUNS } },
  // ("A ended up on B's blacklist", "in the blacklist of B".)
  { name: 'end-up-in-list/active', trigger: 'endUp', voice: 'active', type: 'SANCTIONED', source: ['listOwner'], target: ['subj'], needs: { role: 'in', nouns: LIST_NOUNS } },
  { name: 'end-up-on-list/active', trigger: 'endUp', voice: 'active', type: 'SANCTIONED', source: ['listOwner'], target: ['subj'], needs: { role: 'on', nouns: LIST_NOUNS } },
  /** "B updated the SDN list and added A", "expanded the blacklist including A": B sanctions what it added. */
  { name: 'amend-list/active', trigger: 'amend', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['listAdditions'], needs: { role: 'obj', nouns: SANCTIONS_LIST_WORDS } },
  { name: 'engaged-in-supply/passive', trigger: 'engage', voice: 'passive', type: 'SHIPPED_TO', source: ['subj'], target: ['to', 'into'], via: VIA, needs: { role: 'in', nouns: SUPPLY_EVENT_NOUNS } },
  { name: 'engaged-in-supply/active', trigger: 'engage', voice: 'active', type: 'SHIPPED_TO', source: ['subj'], target: ['to', 'into'], via: VIA, needs: { role: 'in', nouns: SUPPLY_EVENT_NOUNS } },
  { name: 'subject-to/active', trigger: 'subjectTo', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj'], needs: { role: 'to', nouns: SANCTION_NOUNS } },
  { name: 'subject-to/passive', trigger: 'subjectTo', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subj'], needs: { role: 'to', nouns: SANCTION_NOUNS } },
  { name: 'freeze/active', trigger: 'freeze', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['of', 'objPossessor'], needs: { role: 'obj', nouns: ASSET_NOUNS } },
  { name: 'revoke-privileges/active', trigger: 'revoke', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['of', 'objPossessor'], needs: { role: 'obj', nouns: PRIVILEGE_NOUNS } },
  { name: 'revoke-privileges/passive', trigger: 'revoke', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subjOf'], needs: { role: 'subj', nouns: PRIVILEGE_NOUNS } },
  { name: 'freeze/passive', trigger: 'freeze', voice: 'passive', type: 'SANCTIONED', source: ['by', 'sanctioner'], target: ['subjOf'], needs: { role: 'subj', nouns: ASSET_NOUNS } },
  { name: 'measure-includes/active', trigger: 'contain', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['obj'], needs: { role: 'subj', nouns: SANCTION_NOUNS } },
  // ("The decision also includes fresh sanctions against A": the measures it includes are the body's.)
  { name: 'includes-measures/active', trigger: 'contain', voice: 'active', type: 'SANCTIONED', source: ['sanctioner'], target: ['against', 'on'], needs: { role: 'obj', nouns: SANCTION_NOUNS } },
  { name: 'list-includes/active', trigger: 'contain', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['obj'], needs: { role: 'subj', nouns: LIST_NOUNS } },
  { name: 'take-aim/active', trigger: 'aimAt', voice: 'active', type: 'SANCTIONED', source: ['subj', 'sanctioner'], target: ['atAfterObj'], needs: { role: 'obj', nouns: words(`aim`) } },
  { name: 'list-consists/active', trigger: 'consist', voice: 'active', type: 'SANCTIONED', source: ['subj'], target: ['of'], needs: { role: 'subj', nouns: LIST_NOUNS } },
  { name: 'takeover/passive', trigger: 'takeover', voice: 'passive', type: 'SUBSIDIARY_OF', source: ['subjCompany'], target: ['by'] },
  { name: 'takeover/active', trigger: 'takeover', voice: 'active', type: 'SUBSIDIARY_OF', source: ['objCompany'], target: ['subj'] },
  { name: 'nationalize/active', trigger: 'nationalize', voice: 'active', type: 'SUBSIDIARY_OF', source: ['obj'], target: ['subj'] },
  { name: 'nationalize/passive', trigger: 'nationalize', voice: 'passive', type: 'SUBSIDIARY_OF', source: ['subj'], target: ['by'] },
  { name: 'own-share/active', trigger: 'own', voice: 'active', type: 'SUBSIDIARY_OF', source: ['of'], target: ['subj'], needs: { role: 'obj', nouns: STAKE_NOUNS } },
  { name: 'own/active', trigger: 'own', voice: 'active', type: 'SUBSIDIARY_OF', source: ['obj'], target: ['subj'] },
  { name: 'belong/active', trigger: 'belong', voice: 'active', type: 'SUBSIDIARY_OF', source: ['subj'], target: ['to'] },
  { name: 'own/passive', trigger: 'own', voice: 'passive', type: 'SUBSIDIARY_OF', source: ['subj'], target: ['by'] },
  /** "A sold its stake in B to C", "A transferred control of B to C". */
  { name: 'stake-sale/active', trigger: 'stakeSale', voice: 'active', type: 'SUBSIDIARY_OF', source: ['in', 'of'], target: ['to'], needs: { role: 'obj', nouns: STAKE_NOUNS } },
  { name: 'stake/active', trigger: 'stake', voice: 'active', type: 'SUBSIDIARY_OF', source: ['in', 'inWhich'], target: ['subj'], via: ['via', 'through'], needs: { role: 'obj', nouns: STAKE_NOUNS } },
  /** "A took (full) control of B", "A has retained control over B". */
  { name: 'control/active', trigger: 'stake', voice: 'active', type: 'SUBSIDIARY_OF', source: ['of', 'over'], target: ['subj'], needs: { role: 'obj', nouns: CONTROL_NOUNS } },
  { name: 'stake-change/active', trigger: 'stakeChange', voice: 'active', type: 'SUBSIDIARY_OF', source: ['in'], target: ['subj'], needs: { role: 'obj', nouns: STAKE_NOUNS } },
  /** "B holds 100% of A", "acquired 51 percent of A". */
  { name: 'stake-of/active', trigger: 'stake', voice: 'active', type: 'SUBSIDIARY_OF', source: ['of'], target: ['subj'], needs: { role: 'obj', nouns: STAKE_NOUNS } },
];

/** The base of an -ing form the frame table knows ("smuggling" -> smuggle, "shipping" -> ship), or null. */
export function ingBase(word: string): string | null {
  if (!word.endsWith('ing')) return null;
  const stem = word.slice(0, -3);
  if (CLASSES_OF.has(stem)) return stem;
  if (CLASSES_OF.has(`${stem}e`)) return `${stem}e`;
  const single = stem.replace(/(\w)\1$/, '$1');
  return CLASSES_OF.has(single) ? single : null;
}

/** The class of a verb lemma, or null. Several classes may share a verb ("place" sanctions, "place" on a list). */
export function triggerClasses(lemma: string): readonly TriggerClass[] {
  return CLASSES_OF.get(lemma) ?? NO_CLASSES;
}
const NO_CLASSES: readonly TriggerClass[] = [];
const CLASSES_OF = new Map<string, TriggerClass[]>();
for (const [cls, set] of Object.entries(TRIGGERS) as [TriggerClass, ReadonlySet<string>][]) {
  for (const w of set) CLASSES_OF.set(w, [...(CLASSES_OF.get(w) ?? []), cls]);
}
