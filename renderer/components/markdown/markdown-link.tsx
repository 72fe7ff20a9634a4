/**
 * Links and image placeholders in a draft (DESIGN.md, Security: "external links open only after
 * a check, in the system browser"). The component re-checks every target itself, so a link is
 * safe here even if the `urlTransform` gate upstream were ever misconfigured.
 */
import { useContext, type JSX, type MouseEvent, type ReactNode } from 'react';
import type { ExtraProps } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { LinkOpenedContext } from './link-opened-context';
import { LinkOpenerContext } from './link-opener-context';
import {
  classifyLink,
  hostIsInternational,
  shownUrl,
  textIsUrl,
  textNamesHost,
  textNamesOtherHost,
} from './link-policy';
import { textOf } from './markdown-tree';
import { ALT_PROPERTY, ORIGINAL_URL_PROPERTY, PLACEHOLDER_PROPERTY } from './remark-checked-links';
import {
  CODE_POINT_PROPERTY,
  INVISIBLE_PLACEHOLDER,
  RUN_PLACEHOLDER,
} from './remark-visible-controls';
import { invisibleByCodePoint } from './invisible-characters';
import { InvisibleMarker, VisibleText } from './visible-text';

type HastElement = ExtraProps['node'];

function stringProperty(node: HastElement, name: string): string | undefined {
  const value = node?.properties[name];
  return typeof value === 'string' ? value : undefined;
}

/** A link that is not followed: its text, plus the target as text when the text hides it. */
function BlockedLink({ url, text, children }: { url: string; text: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className="markdown-blocked-link" title={t('markdown.blockedLinkTitle')}>
      {children}
      {/* An autolink or a bare e-mail address already shows its target; saying it twice is noise. */}
      {textIsUrl(text, url) ? null : (
        <span className="markdown-blocked-note">
          <VisibleText text={t('markdown.blockedLink', { url: shownUrl(url) })} />
        </span>
      )}
    </span>
  );
}

/**
 * Where a live link really goes, shown after its text unless the text already names that host.
 * When the host is internationalised (a Cyrillic "а" in "аpple.com") or the text names another
 * site, it is the look-alike trick issue 12 describes: the ASCII (punycode) host is shown even if
 * the text seems to name it, marked as a warning, and read out as "real address: …".
 */
function LinkHost({ written, text, host }: { written: string; text: string; host: string }) {
  const { t } = useTranslation();
  const hostname = host.replace(/:\d+$/, '');
  const misleading = hostIsInternational(written, hostname) || textNamesOtherHost(text, hostname);
  if (!misleading) {
    return textNamesHost(text, host) ? null : (
      <span className="markdown-link-host">{t('markdown.linkHost', { host })}</span>
    );
  }
  const label = t('markdown.realHost', { host });
  return (
    <span
      className="markdown-link-host markdown-link-real-host"
      // A named symbol (like the task box), so the link's accessible name says "real address".
      role="img"
      title={label}
      aria-label={label}
    >
      {t('markdown.linkHost', { host })}
    </span>
  );
}

/**
 * react-markdown's `a`. An http(s) link opens in the system browser through the bridge on click
 * (Enter on a link is a click) and never navigates the app. Its host is shown beside the text
 * unless the text already names it: a tooltip is out of reach of keyboard and screen-reader
 * users, and `[your bank](https://evil.example)` is exactly what a reviewer must catch.
 */
export function MarkdownLink({ href, node, children }: JSX.IntrinsicElements['a'] & ExtraProps) {
  const { t } = useTranslation();
  const onLinkOpened = useContext(LinkOpenedContext);
  const openLink = useContext(LinkOpenerContext);
  const written = stringProperty(node, ORIGINAL_URL_PROPERTY) ?? href ?? '';
  const text = textOf(node);
  const verdict = classifyLink(href ?? '');

  if (verdict.kind === 'blocked') {
    return (
      <BlockedLink url={written} text={text}>
        {children}
      </BlockedLink>
    );
  }
  if (verdict.kind === 'fragment') {
    // The draft's fragments would resolve against the app's own ids, and following one would
    // scroll or re-hash the app; Loupe gives drafts no ids, so the link is shown but inert.
    return (
      <a
        className="markdown-link"
        href={verdict.href}
        title={t('markdown.fragmentTitle', { href: verdict.href })}
        onClick={(event) => event.preventDefault()}
      >
        {children}
      </a>
    );
  }
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Also swallows ctrl/shift/meta-click, which would otherwise open an app window or tab.
    event.preventDefault();
    if (openLink !== null) {
      void openLink(verdict.href).then((result) => onLinkOpened?.(verdict.href, result));
    }
  };
  return (
    <a
      className="markdown-link"
      href={verdict.href}
      rel="noopener noreferrer"
      title={t('markdown.linkTitle', { url: verdict.href })}
      onClick={open}
      // Middle-click opens a tab outside the bridge in the browser runtime.
      onAuxClick={(event) => event.preventDefault()}
    >
      {children}
      <LinkHost written={written} text={text} host={verdict.host} />
    </a>
  );
}

/**
 * react-markdown's `span`, which only Loupe's plugins produce (there is no raw HTML): the
 * placeholder that stands where a draft had an image, and the marker (with the isolated text
 * around it) that stands where it had an invisible character.
 */
export function MarkdownSpan({ node, children }: JSX.IntrinsicElements['span'] & ExtraProps) {
  const { t } = useTranslation();
  const placeholder = stringProperty(node, PLACEHOLDER_PROPERTY);
  if (placeholder === RUN_PLACEHOLDER) {
    return <span className="invisible-run">{children}</span>;
  }
  if (placeholder === INVISIBLE_PLACEHOLDER) {
    const character = invisibleByCodePoint(stringProperty(node, CODE_POINT_PROPERTY));
    return character === undefined ? null : <InvisibleMarker character={character} />;
  }
  if (placeholder !== 'image') {
    return <span>{children}</span>;
  }
  const url = shownUrl(stringProperty(node, ORIGINAL_URL_PROPERTY) ?? '');
  const alt = stringProperty(node, ALT_PROPERTY) ?? '';
  // Remote images would tell the sender the draft was opened (and CSP blocks them anyway);
  // data: images could show a reviewer text that the text review never sees. Neither loads.
  return (
    <span className="markdown-image-placeholder" title={t('markdown.imageTitle')}>
      <VisibleText
        text={
          alt === '' ? t('markdown.imageWithoutAlt', { url }) : t('markdown.image', { alt, url })
        }
      />
    </span>
  );
}
