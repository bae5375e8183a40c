/**
 * Sentences that lengthen a generated article to a realistic size: what reporters write around the figures
 * (reactions, background, what comes next), in each language, with slots for the story's people, organisations
 * and places. They state no figure and name no kind of event, so that they add words and names but never a claim
 * or a story of their own.
 */
import type { Language } from '../../server/src/core/types';

/** Slots: {person} {person2} {org} {place} {country}. */
export const FILLER: Record<Language, readonly string[]> = {
  en: [
    '{person}, a spokesperson for {org}, told reporters in {place} that the authorities were still assessing the situation and that more details would be released in the coming days.',
    'Officials in {place} said the local administration had asked {org} for support and that teams were expected to arrive later in the week.',
    '"We are doing everything we can, and we will keep the public informed," {person} said at a press conference on the steps of the town hall.',
    'Critics, among them {person2}, accused the government of reacting too slowly and called for an independent review once the situation returns to normal.',
    'The opposition in {country} demanded that the minister appear before parliament to explain the decisions taken in the first hours.',
    '{org} said in a statement that it had been in contact with the regional authorities in {place} since the morning and was ready to send additional staff.',
    'Residents of {place} described long queues outside public offices and said that information had been scarce and often contradictory.',
    'Analysts quoted by local media said the episode would weigh on the political debate in {country} in the months ahead.',
    '{person2}, who has followed the case for years, said the figures released so far should be treated with caution until they are confirmed.',
    'The mayor of {place} thanked the volunteers and asked residents to follow the instructions of the authorities and to avoid unnecessary travel.',
    'A second briefing is expected on Thursday, when {org} will present an updated assessment together with the regional prefecture.',
    'Newspapers in {country} led with the story on their front pages, and several editorials questioned how prepared the institutions had been.',
  ],
  it: [
    '{person}, portavoce di {org}, ha spiegato ai giornalisti a {place} che le autorità stanno ancora valutando la situazione e che nuovi dettagli saranno resi noti nei prossimi giorni.',
    "L'amministrazione locale di {place} ha chiesto il sostegno di {org}, e le prime squadre sono attese in città entro la fine della settimana.",
    '«Stiamo facendo tutto il possibile e continueremo a informare i cittadini», ha detto {person} durante una conferenza stampa davanti al municipio.',
    "Le critiche non sono mancate: {person2} ha accusato il governo di aver reagito con lentezza e ha chiesto un'indagine indipendente.",
    "L'opposizione in {country} ha chiesto che il ministro riferisca in parlamento sulle decisioni prese nelle prime ore.",
    '{org} ha fatto sapere in una nota di essere in contatto con le autorità regionali di {place} fin dal mattino e di essere pronta a inviare altro personale.',
    'Gli abitanti di {place} hanno raccontato di lunghe code davanti agli uffici pubblici e di informazioni scarse e spesso contraddittorie.',
    'Secondo gli analisti citati dalla stampa locale, la vicenda peserà sul dibattito politico in {country} nei prossimi mesi.',
    '{person2}, che segue il caso da anni, ha invitato alla prudenza sui dati diffusi finora, in attesa di conferme ufficiali.',
    'Il sindaco di {place} ha ringraziato i volontari e ha chiesto ai residenti di seguire le indicazioni delle autorità e di evitare spostamenti non necessari.',
    'Un nuovo punto stampa è previsto per giovedì, quando {org} presenterà una valutazione aggiornata insieme alla prefettura.',
    "I giornali in {country} hanno aperto con la notizia, e diversi editoriali si sono chiesti quanto fossero preparate le istituzioni.",
  ],
  ro: [
    '{person}, purtătorul de cuvânt al {org}, a declarat jurnaliștilor la {place} că autoritățile încă evaluează situația și că noi detalii vor fi făcute publice în zilele următoare.',
    'Administrația locală din {place} a cerut sprijinul {org}, iar primele echipe sunt așteptate în oraș până la sfârșitul săptămânii.',
    '„Facem tot ce ne stă în putere și vom continua să informăm cetățenii”, a spus {person} în cadrul unei conferințe de presă în fața primăriei.',
    'Criticile nu au întârziat: {person2} a acuzat guvernul că a reacționat prea încet și a cerut o anchetă independentă.',
    'Opoziția din {country} a cerut ca ministrul să se prezinte în parlament pentru a explica deciziile luate în primele ore.',
    '{org} a transmis într-un comunicat că este în contact cu autoritățile regionale din {place} încă de dimineață și că este pregătită să trimită personal suplimentar.',
    'Locuitorii din {place} au povestit despre cozi lungi în fața instituțiilor publice și despre informații puține și adesea contradictorii.',
    'Analiștii citați de presa locală spun că episodul va cântări în dezbaterea politică din {country} în lunile următoare.',
    '{person2}, care urmărește cazul de ani de zile, a îndemnat la prudență în privința datelor comunicate până acum, până la confirmarea lor oficială.',
    'Primarul din {place} le-a mulțumit voluntarilor și le-a cerut locuitorilor să respecte indicațiile autorităților și să evite deplasările inutile.',
    'O nouă informare este programată joi, când {org} va prezenta o evaluare actualizată împreună cu prefectura.',
    'Ziarele din {country} au deschis cu această știre, iar mai multe editoriale s-au întrebat cât de pregătite au fost instituțiile.',
  ],
};

/** What a generated organisation is called after a surname or a city, in any language. */
export const ORGANIZATION_HEADS: readonly string[] = ['Group', 'Holding', 'Media', 'Partners', 'Consulting', 'Foundation'];
