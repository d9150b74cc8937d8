/**
 * URL words that tell whether a page on a provider's domain is the provider's own page. Not per language:
 * host labels and path segments.
 */
export const OWN_SITE = {
  /** Sub-domains a company's own site uses (besides 2-letter locales such as dk., de.): tenant sub-domains (acme.freshdesk.com) are not its own. */
  ownSubdomains: ['www', 'trust', 'security', 'legal', 'privacy', 'policies', 'compliance'],
  /** Path segments of third-party content on a platform's site: app listings, user content, blogs, job boards. */
  thirdPartyPaths: ['marketplace', 'apps', 'app', 'integrations', 'partners', 'listing', 'listings', 'store', 'community', 'forum', 'forums', 'blog', 'jobs', 'careers', 'jobboard', 'customers', 'case-studies', 'u', 'user', 'users', 'profile'],
  /** Platforms whose paths are user or customer content (github.com/acme/…, notion.so/acme/…). */
  userContentHosts: ['github.com', 'gitlab.com', 'bitbucket.org', 'medium.com', 'notion.so', 'notion.site', 'substack.com', 'wordpress.com', 'blogspot.com', 'linkedin.com', 'youtube.com', 'dropbox.com', 'box.com', 'scribd.com', 'docplayer.net', 'docplayer.dk', 'slideshare.net'],
} as const;
