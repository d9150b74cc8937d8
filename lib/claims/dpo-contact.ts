import type { ClaimExtractor } from './context';
import type { ClaimResult } from '../types';
import { unknownClaim } from '../types';
import { DPO } from './vocab/dpo-contact';
import { both, findTerms, hasTerm, pickVocab, scanSentences, type ScanSentence } from './mechanisms/vocab';
import { negatedAround } from './mechanisms/scoped-negation';
import { isJobPosting } from './mechanisms/page-kind';
import { findEmails, findPhones, nameAtStart, uniq } from './mechanisms/details';

/** Mailbox names that are the DPO's own, and mailbox names for privacy questions in general. */
const DPO_MAILBOX = /^(dpo|dsb|dso|datenschutzbeauftragte[rn]?|dataskyddsombud|personvernombud|tietosuojavastaava)$/i;
const PRIVACY_MAILBOX = /^(privacy|data-?protection|gdpr|dsgvo|datenschutz|integritet|dataskydd|personvern|persondata|tietosuoja|personuppgifter)$/i;
const OTHER_MAILBOX = /^(jobs?|careers?|recruit\w*|sales|billing|invoices?|faktura|press|media|no-?reply|abuse|security|marketing)$/i;
/** Customer-service mailboxes: a privacy contact only where the sentence itself is about privacy ("GDPR questions: support@…"). */
/** General company mailboxes: on a contact line after the DPO sentence, not the DPO's address (SPEC: "a generic info@ address is not a DPO contact"). */
const GENERAL_MAILBOX = /^(info|post|postmaster|kontakt|contact|hello|hej|hei|moi|office|mail|kontor|toimisto)$/i;
const SUPPORT_MAILBOX = /^(support|help|helpdesk|servicedesk|service|customer-?service|hjalp|hjelp|hjaelp|kundtjanst|kundservice|kundeservice|kundesupport|tuki|asiakastuki|asiakaspalvelu|kundendienst|hilfe)$/i;

/**
 * dpo_contact (SPEC §1): `named` when a DPO is given with a name, e-mail or phone (a mailbox given
 * as the DPO's counts); `exists_no_contact` when a DPO exists without a contact; `generic_contact_only`
 * when only a general address is given for privacy questions. A contact given for another role
 * (customer service, information security) is not the DPO's.
 */
export const dpoContact: ClaimExtractor<'dpo_contact'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'dpo_contact'>();
  const v = pickVocab(DPO, ctx.lang);
  const scan = scanSentences(ctx);
  let exists: { quote: string; external: boolean } | undefined;
  let generic: { quote: string; email: string } | undefined;
  for (const sc of scan) {
    const text = sc.s.text;
    const emails = findEmails(text);
    if (!emails.length && !hasTerm(text, v.dpo)) continue;
    const dpo = findTerms(text, v.dpo).filter(
      (h) => !negatedAround(text, h.start, h.end, ctx.lang) && !hasTerm(text.slice(Math.max(0, h.start - 20), h.start), v.notOurs),
    )[0];
    if (dpo && !sc.question) {
      const named = contactsAfter(scan, sc, dpo.end, v);
      if (named) return named;
      // A heading ("Personvernombud og kontakt") names a topic; the text under it says whether there is one.
      if (!isHeadingLine(text)) exists ??= { quote: text, external: hasTerm(text.slice(Math.max(0, dpo.start - 25), dpo.end + 25), v.external) };
    }
    for (const e of emails) {
      const local = e.value.split('@')[0]!;
      if (DPO_MAILBOX.test(local)) return { value: 'named', details: [e.value], evidence: [{ quote: text }] };
      if (generic || sc.question || OTHER_MAILBOX.test(local) || hasTerm(text, v.notPrivacy)) continue;
      if (SUPPORT_MAILBOX.test(local) && !hasTerm(text, v.privacy)) continue;
      const privacyBox = PRIVACY_MAILBOX.test(local);
      const asContact = hasTerm(text, both(v.contact, v.labels)) || text.trim() === e.value;
      if (privacyBox || hasTerm(text, v.privacy) || (asContact && privacyPage(ctx.text, v.privacy))) generic = { quote: text, email: e.value };
    }
  }
  if (exists) return { value: 'exists_no_contact', details: exists.external ? ['external DPO'] : [], evidence: [{ quote: exists.quote }] };
  if (generic) return { value: 'generic_contact_only', details: [generic.email], evidence: [{ quote: generic.quote }] };
  return unknownClaim<'dpo_contact'>();
};

const LEAD = /^\s*(?:\([^()]{0,40}\))?\s*(?:[:,–—-]|(?:is|er|är|ist|on|heißt|hedder|heter)(?=\s))?\s*(?:(?:Dr|Prof|Herr|Frau|Mr|Mrs|Ms)\.?\s+)?/iu;
const LABELLED_NAME = /(?:^|\s)(?:namn|name|navn|nimi)\s*:\s*/iu;

/** The DPO's contact: in the rest of the sentence, then in the contact lines right after it. */
function contactsAfter(scan: ScanSentence[], sc: ScanSentence, from: number, v: ReturnType<typeof pickVocab<(typeof DPO)['en']>>): ClaimResult<'dpo_contact'> | undefined {
  const details: string[] = [];
  const quotes: string[] = [];
  const take = (region: string, quote: string, lead: boolean): boolean => {
    const cut = findTerms(region, v.otherRoles)[0];
    const r = cut ? region.slice(0, cut.start) : region;
    const labelled = LABELLED_NAME.exec(r);
    const name = labelled ? nameAtStart(r.slice(labelled.index + labelled[0].length), v.nameStop) : lead ? nameAtStart(r.slice(LEAD.exec(r)![0].length), v.nameStop) : undefined;
    const emails = findEmails(r).map((e) => e.value).filter((e) => lead || !GENERAL_MAILBOX.test(e.split('@')[0]!));
    const found = [...(name ? [name] : []), ...emails, ...findPhones(r).map((p) => p.value)];
    if (found.length) {
      details.push(...found);
      quotes.push(quote);
    }
    return !cut;
  };
  const text = sc.s.text;
  let go = take(text.slice(from), text, true);
  for (let j = sc.index + 1; go && j <= sc.index + 4 && j < scan.length; j++) {
    const next = scan[j]!.s.text;
    const contactLine = findEmails(next).length > 0 || findPhones(next).length > 0 || LABELLED_NAME.test(' ' + next);
    if (!contactLine || next.length > 160 || hasTerm(next, v.dpo)) break;
    go = take(' ' + next, next, false);
  }
  if (!details.length) return undefined;
  return { value: 'named', details: uniq(details), evidence: uniq([text, ...quotes]).slice(0, 3).map((quote) => ({ quote })) };
}

/** A short line without sentence punctuation or contact details: a heading. */
function isHeadingLine(text: string): boolean {
  return !/[.!?:;]["”»)]?\s*$/.test(text.trim()) && text.trim().split(/\s+/).length <= 6 && !findEmails(text).length && !findPhones(text).length;
}

/** The page is about privacy (several privacy words): a general contact on it is a privacy contact. */
function privacyPage(text: string, privacy: string[]): boolean {
  return findTerms(text, privacy).length >= 3;
}
