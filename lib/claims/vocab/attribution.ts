import type { Lang } from '../../types';

/** Who a statement is about: the vendor itself, or a provider / facility it uses. */
export interface AttributionVocab {
  /** The vendor speaking of itself. */
  self: string[];
  /** Infrastructure run by someone else: data centres, hosting / cloud providers, sub-processors, HSMs. */
  facility: string[];
}

export const ATTRIBUTION: Record<Lang, AttributionVocab> = {
  en: {
    self: ['we', 'our', 'us', "we're", "we've", 'ourselves', 'the company', 'the service provider', 'the processor'],
    facility: [
      'data centre', 'data centres', 'data center', 'data centers', 'datacentre', 'datacentres', 'datacenter', 'datacenters',
      'hosting provider*', 'hosting partner*', 'cloud provider*', 'infrastructure provider*', 'colocation', 'server hall*',
      'sub-processor*', 'subprocessor*', 'hardware security module*', 'HSM', 'HSMs', 'third part*', 'external provider*', 'external service provider*',
    ],
  },
  sv: {
    self: ['vi', 'vår', 'vårt', 'våra', 'oss', 'företaget', 'leverantören'],
    facility: ['datacenter', 'datacentret', 'datacentren', 'datacentra', 'datacentrum', 'datahall*', 'serverhall*', 'driftleverantör*', 'molnleverantör*', 'hostingleverantör*', 'hostingpartner*', 'driftpartner*', 'underbiträd*', 'underleverantör*', 'tredje part*', 'externa leverantörer'],
  },
  no: {
    self: ['vi', 'vår', 'vårt', 'våre', 'oss', 'selskapet', 'leverandøren'],
    facility: ['datasenter', 'datasentre', 'datasentrene', 'datasenteret', 'datasentra', 'driftsleverandør*', 'skyleverandør*', 'hostingleverandør*', 'hostingpartner*', 'driftspartner*', 'underleverandør*', 'underdatabehandler*', 'tredjepart*', 'eksterne leverandører'],
  },
  da: {
    self: ['vi', 'vores', 'os', 'virksomheden', 'leverandøren'],
    facility: ['datacenter', 'datacentre', 'datacentret', 'datacentrene', 'hostingudbyder*', 'hostingleverandør*', 'cloududbyder*', 'hostingpartner*', 'driftspartner*', 'underleverandør*', 'underdatabehandler*', 'tredjepart*', 'eksterne leverandører'],
  },
  de: {
    self: ['wir', 'unser*', 'uns', 'das Unternehmen', 'der Auftragnehmer'],
    facility: ['Rechenzentr*', 'Datacenter', 'Datenzentr*', 'Hosting-Anbieter*', 'Hostinganbieter*', 'Hosting-Dienstleister*', 'Hosting-Partner*', 'Hostingpartner*', 'Cloud-Anbieter*', 'Infrastrukturanbieter*', 'Unterauftragsverarbeiter*', 'Subunternehm*', 'Serverräum*', 'Dritte*', 'externe Dienstleister*', 'Dienstleister*'],
  },
  fi: {
    self: ['me', 'meidän', 'olemme', 'meillä', 'meille', 'yrityksemme', 'palveluntarjoaja'],
    facility: ['konesali*', 'palvelinkeskus*', 'palvelinkeskuks*', 'datakeskus*', 'datakeskuks*', 'palvelinsali*', 'konesalipalvelu*', 'pilvipalveluntarjoaj*', 'hostingkumppani*', 'palvelinkumppani*', 'alihankkij*', 'alikäsittelij*', 'kolmas osapuoli', 'kolmannet osapuolet', 'ulkopuoliset palveluntarjoajat'],
  },
};
