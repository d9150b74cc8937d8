import type { Provider } from '../types';
import { fromRow as row, WIKIPEDIA as W, type ProviderRow as Row } from './provider-row';

/** Analytics, monitoring and logging. */
export const ANALYTICS_PROVIDERS: Provider[] = ([
  ['mixpanel', 'Mixpanel', ['Mixpanel'], ['Mixpanel, Inc.'], ['mixpanel.com'], 'Mixpanel, Inc.', 'US', ['analytics'], W + 'Mixpanel'],
  ['amplitude', 'Amplitude', ['Amplitude Analytics'], ['Amplitude, Inc.', 'Amplitude Inc.'], ['amplitude.com'], 'Amplitude, Inc.', 'US', ['analytics'], W + 'Amplitude_(company)', { strictAliases: ['Amplitude'] }],
  ['hotjar', 'Hotjar', ['Hotjar'], ['Hotjar Ltd', 'Hotjar Limited'], ['hotjar.com'], 'Contentsquare SAS', 'FR', ['analytics'], W + 'Hotjar', { hqCountry: 'MT', note: 'Maltese company acquired by Contentsquare (FR) in 2021' }],
  ['contentsquare', 'Contentsquare', ['Contentsquare', 'ContentSquare'], ['Contentsquare SAS'], ['contentsquare.com'], 'Contentsquare SAS', 'FR', ['analytics'], W + 'Contentsquare'],
  ['heap', 'Heap', ['Heap Analytics', 'Heap.io'], ['Heap Inc.', 'Heap, Inc.'], ['heap.io', 'heapanalytics.com'], 'Contentsquare SAS', 'FR', ['analytics'], W + 'Heap_(company)', { hqCountry: 'US', strictAliases: ['Heap'], note: 'US company acquired by Contentsquare (FR) in 2023' }],
  ['matomo', 'Matomo', ['Matomo', 'Matomo Cloud', 'Piwik'], ['InnoCraft Ltd', 'InnoCraft Limited'], ['matomo.org', 'matomo.cloud', 'innocraft.com'], 'InnoCraft Ltd', 'NZ', ['analytics'], W + 'Matomo_(software)'],
  ['plausible', 'Plausible Analytics', ['Plausible Analytics', 'Plausible.io'], ['Plausible Insights OÜ'], ['plausible.io'], 'Plausible Insights OÜ', 'EE', ['analytics'], 'https://plausible.io/about', { strictAliases: ['Plausible'] }],
  ['piwik-pro', 'Piwik PRO', ['Piwik PRO', 'Piwik Pro'], ['Piwik PRO sp. z o.o.', 'Piwik PRO GmbH'], ['piwik.pro'], 'Piwik PRO sp. z o.o.', 'PL', ['analytics'], 'https://piwik.pro/about-us/'],
  ['fathom', 'Fathom Analytics', ['Fathom Analytics', 'usefathom.com'], ['Conva Ventures Inc.'], ['usefathom.com'], 'Conva Ventures Inc.', 'CA', ['analytics'], 'https://usefathom.com/about', { strictAliases: ['Fathom'] }],
  ['sentry', 'Sentry', ['Sentry.io', 'Codecov'], ['Functional Software, Inc.', 'Functional Software Inc.'], ['sentry.io', 'getsentry.com', 'sentry.dev'], 'Functional Software, Inc.', 'US', ['monitoring'], W + 'Sentry_(software)', { casedAliases: ['Sentry', 'SENTRY'] }],
  ['datadog', 'Datadog', ['Datadog'], ['Datadog, Inc.', 'Datadog Inc.'], ['datadoghq.com', 'datadoghq.eu'], 'Datadog, Inc.', 'US', ['monitoring'], W + 'Datadog'],
  ['new-relic', 'New Relic', ['New Relic', 'NewRelic'], ['New Relic, Inc.'], ['newrelic.com'], 'New Relic, Inc.', 'US', ['monitoring'], W + 'New_Relic', { note: 'taken private by Francisco Partners and TPG (US) in 2023' }],
  ['grafana', 'Grafana Labs', ['Grafana Labs', 'Grafana Cloud', 'Grafana'], ['Raintank, Inc.', 'Grafana Labs, Inc.'], ['grafana.com'], 'Raintank, Inc.', 'US', ['monitoring'], W + 'Grafana'],
  ['splunk', 'Splunk', ['Splunk', 'SignalFx'], ['Splunk Inc.', 'Splunk LLC'], ['splunk.com'], 'Cisco Systems, Inc.', 'US', ['monitoring', 'security'], W + 'Splunk'],
  ['pagerduty', 'PagerDuty', ['PagerDuty'], ['PagerDuty, Inc.'], ['pagerduty.com'], 'PagerDuty, Inc.', 'US', ['monitoring'], W + 'PagerDuty'],
  ['bugsnag', 'Bugsnag', ['Bugsnag', 'BugSnag', 'SmartBear'], ['Bugsnag Inc.', 'SmartBear Software Inc.'], ['bugsnag.com', 'smartbear.com'], 'SmartBear Software Inc.', 'US', ['monitoring'], W + 'SmartBear_Software'],
  ['logrocket', 'LogRocket', ['LogRocket'], ['LogRocket, Inc.', 'LogRocket Inc.'], ['logrocket.com'], 'LogRocket, Inc.', 'US', ['monitoring', 'analytics'], 'https://logrocket.com/privacy'],
  ['fullstory', 'FullStory', ['FullStory', 'Fullstory'], ['FullStory, Inc.', 'Fullstory, Inc.'], ['fullstory.com'], 'FullStory, Inc.', 'US', ['analytics'], W + 'FullStory'],
  ['posthog', 'PostHog', ['PostHog', 'Posthog'], ['PostHog Inc.', 'PostHog, Inc.'], ['posthog.com'], 'PostHog Inc.', 'US', ['analytics'], 'https://posthog.com/handbook/company/story'],
  ['coralogix', 'Coralogix', ['Coralogix'], ['Coralogix Ltd.', 'Coralogix Inc.'], ['coralogix.com'], 'Coralogix Ltd.', 'IL', ['monitoring'], 'https://coralogix.com/about/'],
  ['dynatrace', 'Dynatrace', ['Dynatrace'], ['Dynatrace, Inc.', 'Dynatrace LLC', 'Dynatrace Austria GmbH'], ['dynatrace.com'], 'Dynatrace, Inc.', 'US', ['monitoring'], W + 'Dynatrace'],
  ['honeycomb', 'Honeycomb', ['Honeycomb.io'], ['Hound Technology, Inc.'], ['honeycomb.io'], 'Hound Technology, Inc.', 'US', ['monitoring'], 'https://www.honeycomb.io/about', { strictAliases: ['Honeycomb'] }],
  ['solarwinds', 'SolarWinds', ['SolarWinds', 'Papertrail', 'Loggly', 'Pingdom'], ['SolarWinds Worldwide, LLC', 'SolarWinds Corporation'], ['solarwinds.com', 'papertrail.com', 'loggly.com', 'pingdom.com'], 'SolarWinds Corporation', 'US', ['monitoring'], W + 'SolarWinds', { note: 'taken private by Turn/River Capital (US) in 2025' }],
  ['appsignal', 'AppSignal', ['AppSignal'], ['AppSignal B.V.'], ['appsignal.com'], 'AppSignal B.V.', 'NL', ['monitoring'], 'https://www.appsignal.com/about'],
  ['better-stack', 'Better Stack', ['Better Stack', 'Better Uptime', 'Logtail'], ['Better Stack, Inc.'], ['betterstack.com'], 'Better Stack, Inc.', 'US', ['monitoring'], 'https://betterstack.com/privacy', { hqCountry: 'CZ', note: 'US-incorporated, engineering in Prague' }],
] as Row[]).map(row);

/** Identity, authentication, e-signature identity and security. */
export const IDENTITY_PROVIDERS: Provider[] = ([
  ['okta', 'Okta', ['Okta', 'Okta Workforce Identity', 'Okta Customer Identity'], ['Okta, Inc.', 'Okta Inc.'], ['okta.com'], 'Okta, Inc.', 'US', ['identity'], W + 'Okta,_Inc.'],
  ['auth0', 'Auth0', ['Auth0'], ['Auth0, Inc.', 'Auth0 Inc.'], ['auth0.com'], 'Okta, Inc.', 'US', ['identity'], W + 'Auth0'],
  ['onelogin', 'OneLogin', ['OneLogin', 'One Identity'], ['OneLogin, Inc.', 'One Identity LLC'], ['onelogin.com', 'oneidentity.com'], 'Quest Software', 'US', ['identity'], W + 'OneLogin'],
  ['duo', 'Duo Security', ['Duo Security', 'Cisco Duo', 'Duo Mobile'], ['Duo Security LLC', 'Duo Security, Inc.'], ['duo.com', 'duosecurity.com'], 'Cisco Systems, Inc.', 'US', ['identity', 'security'], W + 'Duo_Security'],
  ['ping-identity', 'Ping Identity', ['Ping Identity', 'ForgeRock'], ['Ping Identity Corporation', 'ForgeRock, Inc.'], ['pingidentity.com', 'forgerock.com'], 'Thoma Bravo', 'US', ['identity'], W + 'Ping_Identity'],
  ['jumpcloud', 'JumpCloud', ['JumpCloud'], ['JumpCloud Inc.'], ['jumpcloud.com'], 'JumpCloud Inc.', 'US', ['identity'], W + 'JumpCloud'],
  ['clerk', 'Clerk', ['Clerk.com', 'Clerk.dev'], ['Clerk, Inc.', 'Clerk Inc.'], ['clerk.com', 'clerk.dev'], 'Clerk, Inc.', 'US', ['identity'], 'https://clerk.com/legal/privacy', { strictAliases: ['Clerk'] }],
  ['1password', '1Password', ['1Password'], ['AgileBits Inc.', '1Password Inc.'], ['1password.com'], 'AgileBits Inc.', 'CA', ['security'], W + '1Password'],
  ['lastpass', 'LastPass', ['LastPass'], ['LastPass US LP', 'LastPass Ireland Limited'], ['lastpass.com'], 'LastPass US LP', 'US', ['security'], W + 'LastPass'],
  ['bitwarden', 'Bitwarden', ['Bitwarden'], ['Bitwarden Inc.', 'Bitwarden, Inc.'], ['bitwarden.com'], 'Bitwarden Inc.', 'US', ['security'], W + 'Bitwarden'],
  ['keeper', 'Keeper Security', ['Keeper Security'], ['Keeper Security, Inc.'], ['keepersecurity.com'], 'Keeper Security, Inc.', 'US', ['security'], W + 'Keeper_(password_manager)'],
  ['yubico', 'Yubico', ['Yubico', 'YubiKey'], ['Yubico AB'], ['yubico.com'], 'Yubico AB', 'SE', ['security'], W + 'Yubico'],
  ['signicat', 'Signicat', ['Signicat', 'Dokobit'], ['Signicat AS', 'Signicat AB', 'Dokobit UAB'], ['signicat.com', 'dokobit.com'], 'Signicat AS', 'NO', ['identity'], W + 'Signicat', { note: 'majority owned by the Nordic private-equity firm Nordic Capital' }],
  ['bankid-se', 'BankID (Sweden)', ['Mobilt BankID', 'Svenskt BankID'], ['Finansiell ID-Teknik BID AB'], ['bankid.com'], 'Finansiell ID-Teknik BID AB', 'SE', ['identity'], W + 'BankID_(Sweden)', { casedAliases: ['BankID'], note: 'bare "BankID" is attributed to the Swedish scheme; the Norwegian one is matched by its full names. Both are bank-owned and Nordic.' }],
  ['bankid-no', 'BankID (Norway)', ['BankID Norge', 'BankID på mobil', 'BankID BankAxept'], ['BankID BankAxept AS', 'Stø AS', 'Vipps BankID'], ['bankid.no'], 'Stø AS', 'NO', ['identity'], W + 'BankID_(Norway)'],
  ['idura', 'Idura (Criipto)', ['Idura', 'Criipto', 'Criipto Verify'], ['Criipto ApS', 'Idura ApS'], ['idura.eu', 'criipto.com'], 'Idura ApS', 'DK', ['identity'], 'https://www.idura.eu/about'],
  ['freja', 'Freja eID', ['Freja eID', 'Freja eID+'], ['Freja eID Group AB', 'Verisec Freja eID AB'], ['frejaeid.com'], 'Freja eID Group AB', 'SE', ['identity'], 'https://frejaeid.com/en/about-freja-eid/', { casedAliases: ['Freja'] }],
  ['mitid', 'MitID', ['MitID', 'NemID'], [], ['mitid.dk', 'nemid.nu'], 'Digitaliseringsstyrelsen', 'DK', ['identity'], W + 'MitID'],
  ['crowdstrike', 'CrowdStrike', ['CrowdStrike', 'CrowdStrike Falcon'], ['CrowdStrike, Inc.', 'CrowdStrike Holdings, Inc.'], ['crowdstrike.com'], 'CrowdStrike Holdings, Inc.', 'US', ['security'], W + 'CrowdStrike'],
  ['zscaler', 'Zscaler', ['Zscaler'], ['Zscaler, Inc.'], ['zscaler.com'], 'Zscaler, Inc.', 'US', ['security'], W + 'Zscaler'],
  ['palo-alto', 'Palo Alto Networks', ['Palo Alto Networks', 'Prisma Cloud', 'Cortex XDR'], ['Palo Alto Networks, Inc.'], ['paloaltonetworks.com'], 'Palo Alto Networks, Inc.', 'US', ['security'], W + 'Palo_Alto_Networks'],
  ['digicert', 'DigiCert', ['DigiCert'], ['DigiCert, Inc.'], ['digicert.com'], 'DigiCert, Inc.', 'US', ['security'], W + 'DigiCert'],
  ['sectigo', 'Sectigo', ['Sectigo', 'Comodo CA'], ['Sectigo Limited'], ['sectigo.com'], 'GI Partners', 'US', ['security'], W + 'Sectigo'],
  ['lets-encrypt', "Let's Encrypt", ["Let's Encrypt", 'Let’s Encrypt', 'LetsEncrypt'], ['Internet Security Research Group'], ['letsencrypt.org'], 'Internet Security Research Group', 'US', ['security'], W + "Let's_Encrypt"],
  ['globalsign', 'GlobalSign', ['GlobalSign'], ['GMO GlobalSign, Inc.', 'GlobalSign NV'], ['globalsign.com'], 'GMO Internet Group, Inc.', 'JP', ['security'], W + 'GlobalSign'],
] as Row[]).map(row);

/** AI model providers. */
export const AI_PROVIDERS: Provider[] = ([
  ['openai', 'OpenAI', ['OpenAI', 'ChatGPT', 'GPT-4', 'GPT-4o', 'OpenAI API'], ['OpenAI, L.L.C.', 'OpenAI, LLC', 'OpenAI, Inc.', 'OpenAI Ireland Limited', 'OpenAI Ireland Ltd', 'OpenAI OpCo, LLC'], ['openai.com', 'chatgpt.com'], 'OpenAI Group PBC', 'US', ['ai'], W + 'OpenAI'],
  ['anthropic', 'Anthropic', ['Anthropic', 'Claude API', 'Claude.ai'], ['Anthropic PBC', 'Anthropic, PBC', 'Anthropic Ireland, Limited'], ['anthropic.com', 'claude.ai'], 'Anthropic PBC', 'US', ['ai'], W + 'Anthropic', { casedAliases: ['Claude'] }],
  ['mistral', 'Mistral AI', ['Mistral AI', 'Mistral Le Chat'], ['Mistral AI SAS'], ['mistral.ai'], 'Mistral AI SAS', 'FR', ['ai'], W + 'Mistral_AI', { casedAliases: ['Mistral'] }],
  ['cohere', 'Cohere', ['Cohere AI'], ['Cohere Inc.', 'Cohere Technologies Inc.'], ['cohere.com', 'cohere.ai'], 'Cohere Inc.', 'CA', ['ai'], W + 'Cohere', { casedAliases: ['Cohere'] }],
  ['aleph-alpha', 'Aleph Alpha', ['Aleph Alpha', 'PhariaAI'], ['Aleph Alpha GmbH'], ['aleph-alpha.com'], 'Aleph Alpha GmbH', 'DE', ['ai'], W + 'Aleph_Alpha'],
  ['deepl', 'DeepL', ['DeepL', 'DeepL Pro', 'DeepL API'], ['DeepL SE', 'DeepL GmbH'], ['deepl.com'], 'DeepL SE', 'DE', ['ai'], W + 'DeepL_Translator'],
  ['hugging-face', 'Hugging Face', ['Hugging Face', 'HuggingFace'], ['Hugging Face, Inc.', 'Hugging Face Inc.'], ['huggingface.co'], 'Hugging Face, Inc.', 'US', ['ai'], W + 'Hugging_Face'],
  ['assemblyai', 'AssemblyAI', ['AssemblyAI', 'Assembly AI'], ['AssemblyAI, Inc.'], ['assemblyai.com'], 'AssemblyAI, Inc.', 'US', ['ai'], 'https://www.assemblyai.com/legal/privacy-policy'],
  ['pinecone', 'Pinecone', ['Pinecone.io'], ['Pinecone Systems, Inc.'], ['pinecone.io'], 'Pinecone Systems, Inc.', 'US', ['ai', 'storage'], 'https://www.pinecone.io/privacy/', { casedAliases: ['Pinecone'] }],
] as Row[]).map(row);

/** Website builders, registrars and shop platforms (often the vendor itself). */
export const WEB_PROVIDERS: Provider[] = ([
  ['godaddy', 'GoDaddy', ['GoDaddy', 'Go Daddy'], ['GoDaddy.com, LLC', 'GoDaddy Inc.', 'GoDaddy Operating Company, LLC', 'Host Europe GmbH'], ['godaddy.com'], 'GoDaddy Inc.', 'US', ['hosting'], W + 'GoDaddy'],
  ['wix', 'Wix', ['Wix', 'Wix.com'], ['Wix.com Ltd.', 'Wix.com Ltd'], ['wix.com', 'wixsite.com'], 'Wix.com Ltd.', 'IL', ['hosting'], W + 'Wix.com'],
  ['squarespace', 'Squarespace', ['Squarespace'], ['Squarespace, Inc.', 'Squarespace Ireland Limited'], ['squarespace.com'], 'Squarespace, Inc.', 'US', ['hosting'], W + 'Squarespace', { note: 'taken private in 2024 by Permira (UK private-equity firm)' }],
  ['shopify', 'Shopify', ['Shopify', 'Shopify Payments'], ['Shopify Inc.', 'Shopify International Limited'], ['shopify.com', 'myshopify.com'], 'Shopify Inc.', 'CA', ['hosting', 'payment'], W + 'Shopify'],
  ['automattic', 'Automattic (WordPress.com)', ['WordPress.com', 'Automattic', 'WooCommerce', 'Jetpack by WordPress.com', 'WordPress VIP', 'Tumblr'], ['Automattic Inc.', 'Automattic, Inc.', 'Aut O’Mattic A8C Ireland Ltd.'], ['wordpress.com', 'automattic.com', 'woocommerce.com', 'jetpack.com', 'wp.com'], 'Automattic Inc.', 'US', ['hosting'], W + 'Automattic'],
  ['webflow', 'Webflow', ['Webflow'], ['Webflow, Inc.'], ['webflow.com', 'webflow.io'], 'Webflow, Inc.', 'US', ['hosting'], W + 'Webflow'],
  ['namecheap', 'Namecheap', ['Namecheap'], ['Namecheap, Inc.'], ['namecheap.com'], 'Namecheap, Inc.', 'US', ['hosting'], W + 'Namecheap'],
  ['framer', 'Framer', ['Framer.com'], ['Framer B.V.'], ['framer.com'], 'Framer B.V.', 'NL', ['hosting'], 'https://www.framer.com/legal/imprint/', { casedAliases: ['Framer'] }],
] as Row[]).map(row);
