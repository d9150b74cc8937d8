import type { Provider } from '../types';

type Row = [id: string, name: string, aliases: string[], entities: string[], domains: string[], parent: string, parentCountry: string, categories: Provider['categories'], source: string, extra?: Partial<Provider>];

/** Rows keep a long, uniform list readable; `row` turns one into a Provider. */
function row([id, name, aliases, entities, domains, parent, parentCountry, categories, source, extra]: Row): Provider {
  return { id, name, aliases, entities, domains, parent, parentCountry, categories, source, ...extra };
}

const W = 'https://en.wikipedia.org/wiki/';

/** Support, CRM, marketing, communication and productivity SaaS. */
export const BUSINESS_PROVIDERS: Provider[] = ([
  // support & CRM
  ['zendesk', 'Zendesk', ['Zendesk', 'Zendesk Chat', 'Zopim'], ['Zendesk, Inc.', 'Zendesk Inc.'], ['zendesk.com'], 'Zendesk, Inc.', 'US', ['support'], W + 'Zendesk'],
  ['intercom', 'Intercom', ['Intercom.io', 'Intercom Messenger'], ['Intercom, Inc.', 'Intercom Inc.', 'Intercom R&D Unlimited Company'], ['intercom.com', 'intercom.io'], 'Intercom, Inc.', 'US', ['support'], W + 'Intercom_(company)', { casedAliases: ['Intercom'] }],
  ['freshworks', 'Freshworks', ['Freshworks', 'Freshdesk', 'Freshsales', 'Freshchat', 'Freshservice'], ['Freshworks Inc.', 'Freshworks, Inc.', 'Freshworks GmbH'], ['freshworks.com', 'freshdesk.com'], 'Freshworks Inc.', 'US', ['support', 'crm'], W + 'Freshworks'],
  ['hubspot', 'HubSpot', ['HubSpot', 'Hubspot'], ['HubSpot, Inc.', 'HubSpot Inc.', 'HubSpot Ireland Limited'], ['hubspot.com', 'hs-scripts.com'], 'HubSpot, Inc.', 'US', ['crm', 'marketing'], W + 'HubSpot'],
  ['pipedrive', 'Pipedrive', ['Pipedrive'], ['Pipedrive OÜ', 'Pipedrive Inc.', 'Pipedrive US Inc.'], ['pipedrive.com'], 'Vista Equity Partners', 'US', ['crm'], W + 'Pipedrive', { hqCountry: 'EE', note: 'founded in Estonia; majority owned by the US private-equity firm Vista Equity Partners since 2020' }],
  ['help-scout', 'Help Scout', ['Help Scout', 'HelpScout'], ['Help Scout PBC', 'Help Scout, Inc.'], ['helpscout.com', 'helpscout.net'], 'Help Scout PBC', 'US', ['support'], 'https://www.helpscout.com/company/'],
  ['front', 'Front', ['Front App', 'Frontapp', 'FrontApp'], ['FrontApp, Inc.', 'FrontApp Inc.'], ['front.com', 'frontapp.com'], 'FrontApp, Inc.', 'US', ['support', 'email'], 'https://front.com/about', { strictAliases: ['Front'] }],
  ['crisp', 'Crisp', ['Crisp Chat', 'Crisp.chat'], ['Crisp IM SAS', 'Crisp IM SARL'], ['crisp.chat'], 'Crisp IM SAS', 'FR', ['support'], 'https://crisp.chat/en/about/', { strictAliases: ['Crisp'] }],
  ['userlike', 'Userlike', ['Userlike'], ['Userlike UG (haftungsbeschränkt)', 'Userlike GmbH'], ['userlike.com'], 'Userlike UG', 'DE', ['support'], 'https://www.userlike.com/en/legal-notice'],
  ['livechat', 'LiveChat', ['LiveChat', 'LiveChat Inc.', 'ChatBot.com', 'HelpDesk.com'], ['Text S.A.', 'LiveChat Software S.A.', 'Text Inc.'], ['livechat.com', 'livechatinc.com', 'text.com'], 'Text S.A.', 'PL', ['support'], W + 'LiveChat_Software'],
  ['tawk-to', 'tawk.to', ['tawk.to', 'Tawk.to', 'Tawk'], ['tawk.to inc.', 'Tawk.to Inc.'], ['tawk.to'], 'tawk.to inc.', 'US', ['support'], 'https://www.tawk.to/privacy-policy/'],
  ['drift', 'Drift', ['Drift.com', 'Salesloft'], ['Drift.com, Inc.', 'Salesloft, Inc.'], ['drift.com', 'salesloft.com'], 'Salesloft, Inc.', 'US', ['support', 'marketing'], W + 'Drift_(company)', { strictAliases: ['Drift'], note: 'acquired by Salesloft (US) in 2024' }],
  ['adobe', 'Adobe', ['Adobe Analytics', 'Adobe Experience Cloud', 'Adobe Sign', 'Adobe Acrobat Sign', 'Acrobat Sign', 'Marketo', 'Marketo Engage', 'Adobe Marketo', 'Adobe Target', 'Adobe Fonts', 'Adobe Creative Cloud'], ['Adobe Inc.', 'Adobe Systems Software Ireland Limited', 'Marketo, Inc.'], ['adobe.com', 'marketo.com', 'omtrdc.net', 'demdex.net'], 'Adobe Inc.', 'US', ['marketing', 'analytics', 'productivity'], W + 'Adobe_Inc.', { casedAliases: ['Adobe'] }],
  ['upsales', 'Upsales', ['Upsales'], ['Upsales Nordic AB', 'Upsales Technology AB'], ['upsales.com'], 'Upsales Nordic AB', 'SE', ['crm'], 'https://www.upsales.com/about'],
  ['lime-crm', 'Lime CRM', ['Lime CRM', 'Lime Technologies'], ['Lime Technologies Sweden AB', 'Lime Technologies AB'], ['lime-technologies.com', 'lime-crm.com'], 'Lime Technologies AB', 'SE', ['crm'], 'https://en.wikipedia.org/wiki/Lime_Technologies'],
  ['superoffice', 'SuperOffice', ['SuperOffice', 'SuperOffice CRM'], ['SuperOffice AS', 'SuperOffice AB'], ['superoffice.com'], 'SuperOffice AS', 'NO', ['crm'], W + 'SuperOffice'],
  ['zoho', 'Zoho', ['Zoho', 'Zoho CRM', 'Zoho Mail', 'Zoho Desk'], ['Zoho Corporation Pvt. Ltd.', 'Zoho Corporation B.V.', 'Zoho Corporation'], ['zoho.com', 'zoho.eu'], 'Zoho Corporation Pvt. Ltd.', 'IN', ['crm', 'productivity'], W + 'Zoho_Corporation'],
  ['trengo', 'Trengo', ['Trengo'], ['Trengo B.V.'], ['trengo.com'], 'Trengo B.V.', 'NL', ['support'], 'https://trengo.com/about'],
  ['dixa', 'Dixa', ['Dixa'], ['Dixa ApS', 'Dixa A/S'], ['dixa.com'], 'Dixa A/S', 'DK', ['support'], 'https://www.dixa.com/about/'],
  ['puzzel', 'Puzzel', [], ['Puzzel AS', 'Puzzel Ltd'], ['puzzel.com'], 'Puzzel AS', 'NO', ['support', 'communication'], 'https://www.puzzel.com/about-us', { casedAliases: ['Puzzel'] }],
  ['onetrust', 'OneTrust', ['OneTrust', 'CookiePro'], ['OneTrust LLC', 'OneTrust Technology Limited'], ['onetrust.com', 'cookiepro.com', 'cookielaw.org'], 'OneTrust LLC', 'US', ['security'], W + 'OneTrust'],
  ['usercentrics', 'Usercentrics', ['Usercentrics', 'Cookiebot'], ['Usercentrics GmbH', 'Usercentrics A/S', 'Cybot A/S'], ['usercentrics.com', 'cookiebot.com'], 'Usercentrics GmbH', 'DE', ['security'], W + 'Usercentrics'],
  ['typeform', 'Typeform', ['Typeform'], ['TYPEFORM SL', 'Typeform S.L.'], ['typeform.com'], 'Typeform S.L.', 'ES', ['productivity', 'marketing'], W + 'Typeform'],
  ['surveymonkey', 'SurveyMonkey', ['SurveyMonkey', 'Momentive', 'GetFeedback'], ['SurveyMonkey Inc.', 'Momentive Global Inc.', 'SurveyMonkey Europe UC'], ['surveymonkey.com'], 'SurveyMonkey Inc.', 'US', ['productivity'], W + 'SurveyMonkey'],
  ['calendly', 'Calendly', ['Calendly'], ['Calendly LLC', 'Calendly, LLC'], ['calendly.com'], 'Calendly LLC', 'US', ['productivity'], W + 'Calendly'],
  ['zapier', 'Zapier', ['Zapier'], ['Zapier, Inc.', 'Zapier Inc.'], ['zapier.com'], 'Zapier, Inc.', 'US', ['productivity'], W + 'Zapier'],
  // communication
  ['slack', 'Slack', ['Slack Technologies'], ['Slack Technologies, LLC', 'Slack Technologies, Inc.', 'Slack Technologies Limited'], ['slack.com'], 'Salesforce, Inc.', 'US', ['communication'], W + 'Slack_Technologies', { casedAliases: ['Slack'] }],
  ['zoom', 'Zoom', ['Zoom Video Communications', 'Zoom Meetings', 'Zoom Video'], ['Zoom Video Communications, Inc.', 'Zoom Communications, Inc.'], ['zoom.us', 'zoom.com'], 'Zoom Communications, Inc.', 'US', ['communication'], W + 'Zoom_Communications', { casedAliases: ['Zoom'] }],
  ['twilio', 'Twilio', ['Twilio'], ['Twilio Inc.', 'Twilio Ireland Limited'], ['twilio.com'], 'Twilio Inc.', 'US', ['communication'], W + 'Twilio'],
  ['segment', 'Segment', ['Segment.io', 'Segment.com', 'Twilio Segment'], ['Segment.io, Inc.'], ['segment.com', 'segment.io'], 'Twilio Inc.', 'US', ['analytics'], W + 'Segment_(company)', { note: 'bare "Segment" is not matched: it is an ordinary word in English, German and the Nordic languages' }],
  ['vonage', 'Vonage', ['Vonage', 'Nexmo', 'Vonage API'], ['Vonage Holdings Corp.', 'Vonage Business Inc.', 'Nexmo Inc.'], ['vonage.com', 'nexmo.com'], 'Telefonaktiebolaget LM Ericsson', 'SE', ['communication'], W + 'Vonage', { hqCountry: 'US', note: 'US company acquired by Ericsson (SE) in 2022' }],
  ['ericsson', 'Ericsson', ['Ericsson'], ['Telefonaktiebolaget LM Ericsson', 'Ericsson AB'], ['ericsson.com'], 'Telefonaktiebolaget LM Ericsson', 'SE', ['communication'], W + 'Ericsson'],
  ['bird', 'Bird (MessageBird)', ['MessageBird', 'Bird.com'], ['MessageBird B.V.', 'Bird B.V.'], ['messagebird.com', 'bird.com'], 'MessageBird B.V.', 'NL', ['communication', 'email'], W + 'MessageBird', { strictAliases: ['Bird'] }],
  ['sinch', 'Sinch', ['Sinch'], ['Sinch AB', 'Sinch AB (publ)', 'Sinch Sweden AB', 'Sinch Mobile AB'], ['sinch.com'], 'Sinch AB', 'SE', ['communication', 'email'], W + 'Sinch_AB'],
  ['46elks', '46elks', ['46elks', '46 elks'], ['46elks AB'], ['46elks.com', '46elks.se'], '46elks AB', 'SE', ['communication'], 'https://46elks.com/about'],
  ['whereby', 'Whereby', [], ['Whereby AS', 'Video Communication Services AS'], ['whereby.com'], 'Whereby AS', 'NO', ['communication'], W + 'Whereby', { strictAliases: ['Whereby'] }],
  ['pexip', 'Pexip', ['Pexip'], ['Pexip AS', 'Pexip Holding ASA'], ['pexip.com'], 'Pexip Holding ASA', 'NO', ['communication'], W + 'Pexip'],
  ['telavox', 'Telavox', ['Telavox'], ['Telavox AB'], ['telavox.com', 'telavox.se'], 'Telavox AB', 'SE', ['communication'], 'https://telavox.com/about-telavox/'],
  ['gatewayapi', 'GatewayAPI', ['GatewayAPI'], ['OnlineCity.IO ApS'], ['gatewayapi.com'], 'OnlineCity.IO ApS', 'DK', ['communication'], 'https://gatewayapi.com/about/'],
  // productivity, documents & dev tools
  ['gitlab', 'GitLab', ['GitLab', 'GitLab.com'], ['GitLab Inc.', 'GitLab B.V.'], ['gitlab.com'], 'GitLab Inc.', 'US', ['productivity'], W + 'GitLab'],
  ['atlassian', 'Atlassian', ['Atlassian', 'Jira', 'Jira Service Management', 'Jira Software', 'Bitbucket', 'Opsgenie', 'Statuspage', 'Atlassian Cloud', 'Atlassian Confluence', 'Loom.com'], ['Atlassian Corporation', 'Atlassian Pty Ltd', 'Atlassian, Inc.', 'Atlassian Corporation Plc', 'Atlassian US, Inc.'], ['atlassian.com', 'atlassian.net', 'bitbucket.org', 'statuspage.io', 'loom.com'], 'Atlassian Corporation', 'US', ['productivity', 'support', 'monitoring'], W + 'Atlassian', { casedAliases: ['Confluence'], strictAliases: ['Loom'], note: 'redomiciled from Australia to the US (Delaware) in 2022' }],
  ['trello', 'Trello', ['Trello'], ['Trello, Inc.'], ['trello.com'], 'Atlassian Corporation', 'US', ['productivity'], W + 'Trello'],
  ['notion', 'Notion', ['Notion Labs', 'Notion.so', 'Notion AI'], ['Notion Labs, Inc.', 'Notion Labs Inc.'], ['notion.so', 'notion.com'], 'Notion Labs, Inc.', 'US', ['productivity'], W + 'Notion_(productivity_software)', { strictAliases: ['Notion'] }],
  ['dropbox', 'Dropbox', ['Dropbox', 'Dropbox Sign', 'HelloSign', 'DocSend'], ['Dropbox, Inc.', 'Dropbox International Unlimited Company'], ['dropbox.com', 'hellosign.com'], 'Dropbox, Inc.', 'US', ['storage', 'productivity'], W + 'Dropbox'],
  ['box', 'Box', ['Box.com', 'Box Inc', 'Box Shield'], ['Box, Inc.', 'Box Inc.'], ['box.com'], 'Box, Inc.', 'US', ['storage'], W + 'Box,_Inc.', { note: 'bare "Box" is not matched: it is an ordinary word' }],
  ['docusign', 'DocuSign', ['DocuSign', 'Docusign'], ['DocuSign, Inc.', 'Docusign, Inc.', 'DocuSign International (EMEA) Limited'], ['docusign.com', 'docusign.net'], 'Docusign, Inc.', 'US', ['productivity'], W + 'DocuSign'],
  ['scrive', 'Scrive', ['Scrive'], ['Scrive AB'], ['scrive.com'], 'Scrive AB', 'SE', ['productivity', 'identity'], 'https://www.scrive.com/about-us'],
  ['oneflow', 'Oneflow', ['Oneflow'], ['Oneflow AB', 'Oneflow AB (publ)'], ['oneflow.com'], 'Oneflow AB', 'SE', ['productivity'], 'https://oneflow.com/about-us/'],
  ['penneo', 'Penneo', ['Penneo'], ['Penneo A/S'], ['penneo.com'], 'Penneo A/S', 'DK', ['productivity', 'identity'], 'https://penneo.com/about-penneo/'],
  ['visma', 'Visma', ['Visma', 'Tripletex', 'e-conomic', 'Visma e-conomic', 'PowerOffice', 'Netvisor', 'Visma Dinero', 'Visma Severa', 'Visma Tripletex', 'Visma eAccounting', 'Visma Spcs'], ['Visma AS', 'Visma Software AS', 'Tripletex AS', 'e-conomic international A/S', 'Visma Solutions Oy', 'Visma Spcs AB'], ['visma.com', 'visma.no', 'visma.se', 'visma.fi', 'visma.dk', 'tripletex.no', 'e-conomic.dk', 'e-conomic.com', 'poweroffice.no', 'netvisor.fi'], 'Visma AS', 'NO', ['productivity'], W + 'Visma', { note: 'largest shareholder is the UK private-equity firm Hg' }],
  ['fortnox', 'Fortnox', ['Fortnox'], ['Fortnox AB', 'Fortnox AB (publ)'], ['fortnox.se'], 'Fortnox AB', 'SE', ['productivity'], W + 'Fortnox', { note: 'taken private in 2025 by a consortium led by EQT (SE)' }],
  ['xero', 'Xero', ['Xero'], ['Xero Limited', 'Xero (UK) Ltd'], ['xero.com'], 'Xero Limited', 'NZ', ['productivity'], W + 'Xero_(software)'],
  ['miro', 'Miro', ['RealtimeBoard', 'Miro Board'], ['RealtimeBoard, Inc.', 'RealtimeBoard Inc. dba Miro', 'Miro Netherlands B.V.'], ['miro.com'], 'RealtimeBoard, Inc.', 'US', ['productivity'], W + 'Miro_(collaboration_platform)', { casedAliases: ['Miro'] }],
  ['figma', 'Figma', ['Figma'], ['Figma, Inc.'], ['figma.com'], 'Figma, Inc.', 'US', ['productivity'], W + 'Figma'],
  ['asana', 'Asana', [], ['Asana, Inc.'], ['asana.com'], 'Asana, Inc.', 'US', ['productivity'], W + 'Asana,_Inc.', { casedAliases: ['Asana'] }],
  ['monday', 'monday.com', ['monday.com', 'Monday.com'], ['monday.com Ltd.', 'monday.com Ltd'], ['monday.com'], 'monday.com Ltd.', 'IL', ['productivity'], W + 'Monday.com'],
  ['airtable', 'Airtable', ['Airtable'], ['Formagrid Inc.', 'Airtable, Inc.'], ['airtable.com'], 'Formagrid Inc.', 'US', ['productivity'], W + 'Airtable'],
  ['smartsheet', 'Smartsheet', ['Smartsheet'], ['Smartsheet Inc.'], ['smartsheet.com'], 'Smartsheet Inc.', 'US', ['productivity'], W + 'Smartsheet'],
  ['clickup', 'ClickUp', ['ClickUp'], ['Mango Technologies, Inc.'], ['clickup.com'], 'Mango Technologies, Inc.', 'US', ['productivity'], W + 'ClickUp'],
  ['canva', 'Canva', ['Canva.com'], ['Canva Pty Ltd'], ['canva.com'], 'Canva Pty Ltd', 'AU', ['productivity'], W + 'Canva', { strictAliases: ['Canva'] }],
  ['gitbook', 'GitBook', ['GitBook'], ['GitBook Inc.'], ['gitbook.com', 'gitbook.io'], 'GitBook Inc.', 'US', ['productivity'], 'https://www.gitbook.com/privacy'],
  ['keyfactor', 'Keyfactor', ['Keyfactor', 'PrimeKey', 'EJBCA'], ['Keyfactor, Inc.', 'Keyfactor Inc.', 'PrimeKey Solutions AB'], ['keyfactor.com', 'primekey.com'], 'Keyfactor, Inc.', 'US', ['security'], W + 'Keyfactor', { note: 'owned by the US private-equity firm Insight Partners; acquired the Swedish PrimeKey in 2021' }],
  ['navan', 'Navan (TripActions)', ['Navan', 'TripActions'], ['Navan, Inc.', 'TripActions, Inc.', 'TripActions Inc.'], ['navan.com', 'tripactions.com'], 'Navan, Inc.', 'US', ['other'], W + 'Navan_(company)'],
] as Row[]).map(row);
