import type { Lang } from '../../types';

/** Vocabulary for `third_country_transfer`. Places, blocs and "outside the EU" come from data-location. */
export interface TransferVocab {
  /** Moving data somewhere: transfer, send, share, move, leave; compounds ("tredjelandsöverföring"). */
  transfer: string[];
  /** "Never leaves the EU", "stays in Sweden": the place is where data stays. */
  stay: string[];
  /** Verbs of avoiding or protecting against: "helps avoid transfers to third countries". */
  avoid: string[];
  /** "Exclusively / only" — with storage or processing in the EU/EEA, a claim that nothing leaves. */
  exclusive: string[];
  /** Legal bases for transfers: SCCs, adequacy, Chapter V, BCRs. */
  basis: string[];
  /** Words that exist only where a transfer happens: data importer, SCC annex. */
  importer: string[];
  /** Contract documents' annex words, which make an SCC mention an SCC annex ("Annex II to the SCCs"). */
  annex: string[];
  /** Definitions ("'International transfer' means …") state no fact. */
  definition: string[];
  /** "which means", "vilket betyder", "das bedeutet": a consequence, not a definition. */
  consequence: string[];
  /** Processing nouns and verbs: "no processing takes place outside the EU/EEA". */
  processing: string[];
  /** Data nouns. "Only in Germany" denies transfers when said of data or processing, not of servers alone ("servers only in Germany"). */
  dataWords: string[];
  /** "As a starting point", "in principle", "grundsätzlich": a denial with room for exceptions decides nothing. */
  principle: string[];
}

export const TRANSFER_VOCAB: Record<Lang, TransferVocab> & Partial<Record<'nl' | 'fr', TransferVocab>> = {
  en: {
    transfer: ['transfer', 'transfers', 'transferred', 'transferring', 'transmit*', 'sent', 'send', 'sends', 'moved', 'move', 'shared', 'share', 'disclosed', 'disclose', 'exported', 'export', 'leave', 'leaves', 'leaving', 'cross-border', 'replicated out'],
    stay: ['stays', 'stay', 'remains', 'remain', 'never leaves', 'never leave', 'does not leave', 'do not leave', "doesn't leave", 'doesn’t leave'],
    avoid: ['avoid*', 'prevent*', 'protect* against', 'protection against', 'safeguard* against', 'free from'],
    exclusive: ['exclusively', 'only', 'solely', 'entirely', 'strictly'],
    basis: ['standard contractual clauses', 'SCC', 'SCCs', 'adequacy decision*', 'Chapter V', 'binding corporate rules', 'BCR', 'BCRs', 'Article 46', 'Art. 46', 'Data Privacy Framework', 'DPF', 'Privacy Shield'],
    importer: ['data importer', 'data importers', 'data importer(s)'],
    annex: ['annex', 'appendix', 'schedule', 'module'],
    definition: ['means', 'refers to', 'shall mean', 'is defined as', 'definition'],
    consequence: ['which means', 'this means', 'that means', 'meaning that'],
    processing: ['processing', 'processed', 'process', 'stored', 'storage', 'hosted', 'hosting'],
    dataWords: ['data', 'personal data', 'information', 'records', 'files', 'documents', 'content'],
    principle: ['as a rule', 'as a starting point', 'in principle', 'generally', 'normally', 'as a general rule', 'in general', 'typically', 'usually', 'ordinarily', 'by default'],
  },
  sv: {
    transfer: ['överför*', '*överföring*', 'skickas', 'skickar', 'skicka', 'flyttas', 'flyttar', 'delas', 'delar', 'lämnar', 'lämna', 'lämnas ut', 'exporteras', 'överlåtas'],
    stay: ['stannar', 'stanna', 'förblir', 'lämnar aldrig', 'lämnar inte', 'aldrig lämnar'],
    avoid: ['undvik*', 'förhindra*', 'skydda* mot', 'skydd mot', 'fri från', 'fria från'],
    exclusive: ['endast', 'enbart', 'uteslutande', 'bara', 'helt'],
    basis: ['standardavtalsklausul*', 'SCC', 'SCC:er', 'SCC:erna', 'beslut om adekvat*', 'adekvat skyddsnivå', 'kapitel V', 'bindande företagsbestämmelser', 'artikel 46'],
    importer: ['dataimportör*', 'dataimportören', 'uppgiftsimportör*'],
    annex: ['bilaga', 'bilagan', 'modul'],
    definition: ['avser', 'betyder', 'definieras', 'med avses'],
    consequence: ['vilket betyder', 'det betyder', 'vilket innebär'],
    processing: ['behandling', 'behandlingen', 'behandlas', 'behandlar', 'lagring', 'lagras', 'lagrar'],
    dataWords: ['data', 'uppgifter', 'uppgifterna', 'personuppgifter', 'information', 'informationen', 'filer', 'dokument'],
    principle: ['som utgångspunkt', 'i utgångspunkt', 'i utgångsläget', 'i princip', 'normalt', 'vanligtvis', 'i regel', 'generellt', 'som regel', 'huvudsakligen'],
  },
  no: {
    transfer: ['overfør*', '*overføring*', 'sendes', 'sender', 'sende', 'flyttes', 'flytter', 'deles', 'deler', 'forlater', 'forlate', 'utleveres', 'eksporteres', 'sendast', 'delast', 'forlèt', 'utlevert'],
    stay: ['blir værende', 'forblir', 'forlater aldri', 'forlater ikke', 'aldri forlater', 'blir verande', 'vert verande', 'forlèt aldri', 'forlèt ikkje'],
    avoid: ['unngå*', 'forhindr*', 'beskytte* mot', 'beskyttelse mot', 'fri fra'],
    exclusive: ['kun', 'utelukkende', 'bare', 'eksklusivt', 'utelukkande', 'berre', 'einast'],
    basis: ['standardkontraktsklausul*', 'standard personvernbestemmelser', 'SCC', 'Standard Contractual Clauses', 'beslutning om tilstrekkelig*', 'kapittel V', 'bindende virksomhetsregler', 'artikkel 46', 'overføringsgrunnlag'],
    importer: ['dataimportør*', 'dataimportøren'],
    annex: ['vedlegg', 'bilag', 'modul'],
    definition: ['betyr', 'menes', 'henviser til', 'defineres'],
    consequence: ['som betyr', 'det betyr', 'noe som betyr'],
    processing: ['behandling', 'behandlingen', 'behandles', 'behandler', 'lagring', 'lagres', 'lagrer'],
    dataWords: ['data', 'dataene', 'opplysninger', 'opplysningene', 'personopplysninger', 'personopplysningene', 'informasjon', 'filer', 'dokumenter'],
    principle: ['som utgangspunkt', 'i utgangspunktet', 'i prinsippet', 'normalt', 'vanligvis', 'som regel', 'i regelen', 'generelt', 'hovudsakleg', 'hovedsakelig', 'i utgangspunktet'],
  },
  da: {
    transfer: ['overfør*', '*overførsel*', '*overførsler', 'sendes', 'sender', 'sende', 'flyttes', 'flytter', 'flyttet', 'deles', 'deler', 'forlader', 'forlade', 'videregives', 'videregive*', 'eksporteres'],
    stay: ['forbliver', 'bliver i', 'forlader aldrig', 'forlader ikke', 'aldrig forlader'],
    avoid: ['undgå*', 'forhindr*', 'beskytte* mod', 'beskyttelse mod', 'fri for'],
    exclusive: ['kun', 'udelukkende', 'alene', 'eksklusivt'],
    basis: ['standardkontraktbestemmelse*', 'standardkontraktsbestemmelse*', 'SCC', 'tilstrækkelighedsafgørelse*', 'kapitel V', 'bindende virksomhedsregler', 'artikel 46', 'overførselsgrundlag'],
    importer: ['dataimportør*', 'dataimportøren'],
    annex: ['bilag', 'bilaget', 'modul'],
    definition: ['betyder', 'henviser til', 'forstås', 'defineres'],
    consequence: ['hvilket betyder', 'det betyder'],
    processing: ['behandling', 'behandlingen', 'behandles', 'behandler', 'lagring', 'lagres', 'opbevares', 'opbevaring'],
    dataWords: ['data', 'dataene', 'oplysninger', 'oplysningerne', 'personoplysninger', 'personoplysningerne', 'information', 'filer', 'dokumenter'],
    principle: ['som udgangspunkt', 'i udgangspunktet', 'i princippet', 'normalt', 'sædvanligvis', 'som regel', 'generelt', 'hovedsageligt', 'almindeligvis'],
  },
  de: {
    transfer: ['übermitt*', '*übermittlung*', 'übertrag*', '*übertragung*', 'Transfer', '*transfer', 'weitergegeben', 'weitergeben', 'weitergeleitet', 'verlassen', 'verlässt', 'Verlagerung', 'verlagert', 'gesendet', 'exportiert', 'übermittelt'],
    stay: ['bleiben', 'bleibt', 'verlassen niemals', 'verlassen nie', 'verlassen nicht', 'verlässt nie', 'verlässt niemals'],
    avoid: ['vermeid*', 'verhinder*', 'schützt vor', 'schützen vor', 'Schutz vor', 'frei von'],
    exclusive: ['ausschließlich', 'ausschliesslich', 'nur', 'lediglich', 'allein'],
    basis: ['Standardvertragsklausel*', 'Standarddatenschutzklausel*', 'SCC', 'SCCs', 'Angemessenheitsbeschluss*', 'Kapitel V', 'verbindliche interne Datenschutzvorschriften', 'BCR', 'Art. 46', 'Artikel 46', 'Art. 44'],
    importer: ['Datenimporteur*', 'Datenimporteur(en)', 'Datenempfänger im Drittland'],
    annex: ['Anhang', 'Anlage', 'Modul'],
    definition: ['bezeichnet', 'bedeutet', 'meint', 'ist definiert', 'im Sinne'],
    consequence: ['was bedeutet', 'das bedeutet', 'dies bedeutet'],
    processing: ['Verarbeitung', 'verarbeitet', 'verarbeiten', 'Datenverarbeitung', 'Speicherung', 'gespeichert', 'speichern'],
    dataWords: ['Daten', '*daten', 'Informationen', 'Dateien', 'Dokumente'],
    principle: ['grundsätzlich', 'im Grundsatz', 'prinzipiell', 'in der Regel', 'normalerweise', 'im Allgemeinen', 'üblicherweise', 'regelmäßig', 'im Regelfall', 'überwiegend'],
  },
  fi: {
    transfer: ['siirr*', 'siirto*', '*siirto', '*siirrot', 'siirtää', 'siirretään', 'siirretä', 'lähetet*', 'lähetetään', 'luovute*', 'luovutet*', 'jaetaan', 'jaeta', 'poistu*'],
    stay: ['pysyy', 'pysyvät', 'ei koskaan poistu', 'eivät koskaan poistu', 'ei poistu', 'eivät poistu'],
    avoid: ['välttä*', 'välty*', 'estä*', 'suojaa*', 'vapaa'],
    exclusive: ['ainoastaan', 'yksinomaan', 'vain', 'pelkästään', 'täysin'],
    basis: ['vakiosopimuslauseke*', 'mallisopimuslauseke*', 'tietosuojalauseke*', 'SCC', 'riittävyyspäätö*', 'V luku*', 'yritystä koskevat sitovat säännöt', '46 artikla*'],
    importer: ['tietojen vastaanottaja*', 'tietojen maahantuoja*'],
    annex: ['liite', 'liitteen', 'moduuli'],
    definition: ['tarkoittaa', 'tarkoitetaan', 'määritellään'],
    consequence: ['mikä tarkoittaa', 'tämä tarkoittaa'],
    processing: ['käsittely', 'käsittelyä', 'käsitellä', 'käsitellään', 'käsittele', 'tallenneta', 'tallennetaan', 'säilytetä', 'säilytetään'],
    dataWords: ['tiedot', 'tietoja', 'tietoa', '*tiedot', 'data', 'dataa', 'henkilötiedot', 'henkilötietoja', 'tiedostot'],
    principle: ['lähtökohtaisesti', 'pääsääntöisesti', 'periaatteessa', 'yleensä', 'tavallisesti', 'normaalisti', 'pääasiassa', 'yleisesti'],
  },
  nl: {
    transfer: ['doorgifte', 'doorgeven', 'geven door', 'geven geen', 'doorgegeven', 'overgedragen', 'overdracht', 'verzonden', 'verstuurd', 'gedeeld', 'delen', 'verlaten', 'verlaat'],
    stay: ['blijven', 'blijft', 'verlaten nooit', 'verlaat nooit'],
    avoid: ['voorkom*', 'vermijd*', 'beschermt tegen', 'vrij van'],
    exclusive: ['uitsluitend', 'alleen', 'enkel', 'volledig'],
    basis: ['modelcontractbepalingen', 'standaardcontractbepalingen', 'SCC', 'adequaatheidsbesluit*', 'hoofdstuk V'],
    importer: ['gegevensimporteur*'],
    annex: ['bijlage', 'module'],
    definition: ['betekent', 'wordt verstaan', 'verwijst naar'],
    consequence: ['wat betekent', 'dit betekent'],
    processing: ['verwerking', 'verwerkt', 'opslag', 'opgeslagen'],
    dataWords: ['gegevens', 'data', 'persoonsgegevens'],
    principle: ['in principe', 'in beginsel', 'normaal gesproken', 'doorgaans', 'in de regel', 'over het algemeen'],
  },
  fr: {
    transfer: ['transfert*', 'transféré*', 'transférons', 'transférer', 'envoyé*', 'partagé*', 'communiqué*', 'quittent', 'quitte'],
    stay: ['restent', 'reste', 'ne quittent jamais', 'ne quitte jamais'],
    avoid: ['évite*', 'empêche*', 'protège* contre', 'non soumise', 'non soumis'],
    exclusive: ['exclusivement', 'uniquement', 'seulement', '100 %', 'entièrement'],
    basis: ['clauses contractuelles types', 'CCT', 'SCC', "décision d'adéquation", 'décision d’adéquation', 'chapitre V', 'règles d’entreprise contraignantes'],
    importer: ['importateur de données', 'importateurs de données'],
    annex: ['annexe', 'module'],
    definition: ['désigne', 'signifie', 'on entend par'],
    consequence: ['ce qui signifie', 'cela signifie'],
    processing: ['traitement', 'traitées', 'traité', 'hébergement', 'hébergées', 'stockage', 'stockées'],
    dataWords: ['données', 'informations'],
    principle: ['en principe', 'en règle générale', 'normalement', 'généralement', 'habituellement'],
  },
};
