import type { PlaceEntry } from './place-entry';

/**
 * The EU, the EEA, "EU/EEA" and Europe. "Europe" alone is ambiguous (Switzerland, the UK and
 * Serbia are in Europe, not in the EU/EEA): zone 'other' with `ambiguousEurope`.
 * Term syntax: see place-entry.ts.
 */
export const BLOC_PLACES: PlaceEntry[] = [
  {
    place: { name: 'EU', kind: 'bloc', zone: 'eu' },
    names: [
      '=EU', '=EUs', '=EU:s', '=EU:n', '=EU:ssa', '=EU:sta', '=EU:hun', '=EU:n alueella', '=EU:n alueelle', '=EU:n alueelta',
      '=EU-alue*', '=EU-maa*', '=EU-maiden', '=EU-maissa', '=EU-medlemsstat*', '=EU-medlemsland*', '=EU-Mitgliedstaat*',
      '=EU-Mitgliedsstaat*', '=EU-land*', '=EU-länder*', '=EU-lande*', '=EU-Staat*', '=EU-Ausland',
      'European Union', 'Europeiska unionen*', 'Europeiske union*', 'Europæiske Union*', 'Europäische Union',
      'Europäischen Union', 'Euroopan unioni*', 'Europese Unie', 'Union européenne',
      'Mitgliedsstaat der Europäischen Union', 'Mitgliedstaat der Europäischen Union',
    ].join('|'),
  },
  {
    place: { name: 'EEA', kind: 'bloc', zone: 'eea' },
    names: [
      '=EEA', '=EES', '=EØS', '=EWR', '=EØS-området', '=EES-området', '=EWR-Raum*', '=EØS-land*', '=EES-land*',
      'European Economic Area', 'Europeiska ekonomiska samarbetsområdet', 'Europeiska ekonomiska samarbetsområde',
      'Det europeiske økonomiske samarbeidsområde*', 'Europeiske økonomiske samarbeidsområde*',
      'Europæiske Økonomiske Samarbejdsområde*', 'Europäische Wirtschaftsraum*', 'Europäischen Wirtschaftsraum*',
      'Europäischer Wirtschaftsraum*', 'Euroopan talousalue*', 'Euroopan talousalueen', 'Europese Economische Ruimte',
      'Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum',
    ].join('|'),
    only: [{ langs: ['fi'], names: '=ETA|=ETA-alue*|=ETA-maa*|=ETA-maiden|=ETA-valtio*|=ETA:n|=ETA:ssa|=ETA:n ulkopuolelle|=ETA:n ulkopuolella' }],
  },
  {
    place: { name: 'EU/EEA', kind: 'bloc', zone: 'eea' },
    names: [
      '=EU/EEA', '=EU / EEA', '=EU/EES', '=EU/EØS', '=EU/EWR', '=EU-/EWR', '=EU/ETA', '=EU-/ETA', '=EU/EEA-*', '=EU/EES-*', '=EU/EØS-*',
      '=EU-/EWR-*', '=EU/EWR-*', '=EU/ETA-*', '=EU-/ETA-*', '=EU and EEA', '=EU or EEA', '=EU and the EEA', '=EU or the EEA',
      '=EU- og EØS', '=EU- och EES', '=EU- eller EES', '=EU eller EES', '=EU og EØS', '=EU eller EØS', '=EU und EWR', '=EU oder EWR',
      '=EU- tai ETA', '=EU:n tai ETA', '=EU-/ETA-alue*', '=EU- ja ETA-alue*', '=EU- tai ETA-alue*', '=EU/ETA-alue*',
      'EU and the European Economic Area', 'European Union and the European Economic Area',
    ].join('|'),
  },
  {
    place: { name: 'Europe', kind: 'region', zone: 'other', ambiguousEurope: true },
    names: 'Europe|Europa*|Eurooppa*|Euroopa*|Europe-wide|Western Europe|Central Europe|Northern Europe',
    adj: '=European|europeisk*|europæisk*|europäisch+|eurooppalai*|=Europese',
  },
  {
    place: { name: 'Nordics', kind: 'region', zone: 'eea' },
    names: 'Nordic countries|Nordics|the Nordic region|Pohjoismai*|Pohjoismaat|Scandinavia*|Skandinavien*|Skandinavia*|nordiska länder*|nordiske land*|nordiske lande*|nordischen Länder*',
    adj: '=Nordic|nordisk*|=Scandinavian|skandinavisk*|pohjoismai*',
    only: [{ langs: ['sv', 'no', 'da'], names: '=Norden' }],
  },
];

/**
 * Phrases that contain a place word but do not name a place where data is: transfer frameworks,
 * laws and EU institutions. They are matched (so their parts are not) and then dropped.
 */
export const NOT_A_PLACE: readonly string[] = [
  'EU-US', 'EU–US', 'EU-U.S.', 'EU–U.S.', 'EU-USA', 'EU–USA', 'EU/US', 'US-EU', 'U.S.-EU', 'Swiss-US', 'Swiss–US', 'Swiss-U.S.',
  'Swiss–U.S.', 'UK-US', 'UK Extension', 'EU-U.S. Data Privacy Framework', 'EU–U.S. Data Privacy Framework',
  'US CLOUD Act', 'U.S. CLOUD Act', 'US Cloud Act', 'amerikanske CLOUD Act', 'amerikanska CLOUD Act',
  'EU GDPR', 'EU-GDPR', 'EU General Data Protection Regulation', 'EU-DSGVO', 'EU-DS-GVO', 'EU-Datenschutz-Grundverordnung',
  'EUs personvernforordning', 'EUs generelle personvernforordning', 'EU:s dataskyddsförordning', 'EU:n tietosuoja-asetus',
  'EU:n yleinen tietosuoja-asetus', 'EU Data Act', 'EU AI Act',
  'European Commission', 'EU Commission', 'EU-kommissionen', 'EU-kommisjonen', 'EU-Kommission', 'Europäische Kommission',
  'Europäischen Kommission', 'Euroopan komissio*', 'Europeiska kommissionen', 'Europa-Kommissionen', 'Europakommissionen',
  'Europa-Parlamentets', 'Europaparlamentets', 'European Parliament', 'Europäischen Parlaments',
  'Court of Justice of the European Union', 'EU-domstolen', 'EU-domstolen', 'Europäischer Gerichtshof', 'EuGH',
  'European Data Protection Board', 'Europäischer Datenschutzausschuss', 'Euroopan tietosuojaneuvosto*',
  'Euroopan tietosuojadirektiivi*', 'EU-Standardvertragsklauseln', 'EU Standard Contractual Clauses',
];
