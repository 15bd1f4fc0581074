'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { part } from '@samspill/react';
import {
  DismissIcon,
  NoticeIcon,
  Tag,
  localize,
  useAnnounce,
  useLocale,
  useMessages,
  type HeadingLevel,
  type LocalizedText,
  type MessageKey,
  type Messages,
  type NoticeTone,
} from '@samspill/react';
import { en } from '../locales/en.js';
import { formatWhen } from '../contact/format.js';
import { useNow, type ClockProp } from '../contact/useNow.js';
import { HelpTarget } from '../HelpLink/HelpTarget.js';
import { checkLocalizedText } from '../internal/checkText.js';
import { devWarnRenamed } from '../internal/renamed.js';

export type IncidentSeverity = 'maintenance' | 'degraded' | 'outage' | 'resolved';

/**
 * A known problem, told plainly. Every text is the team's own: one string, one per language keyed by BCP 47 tag
 * (`{ en: 'Invoices open slowly', nb: 'Fakturaer åpnes sakte' }`), or a function of the locale; it is shown in the
 * provider's locale.
 */
export interface ServiceIncident {
  /** Stays the same for the whole incident. */
  id: string;
  /** When this update was posted (ISO 8601). A new update shows a dismissed banner again. */
  updatedAt: string;
  /** Names this update when `updatedAt` is not unique enough. */
  updateId?: string;
  severity: IncidentSeverity;
  /** What is wrong, in a few words: "Bank ID login is not working". */
  title: LocalizedText;
  /** Who and what is affected. */
  affected: LocalizedText;
  /** What the team is doing about it. */
  action: LocalizedText;
  /** What customers can do in the meantime. */
  workaround?: LocalizedText;
  /** When the next update comes (ISO 8601). */
  nextUpdateAt?: string;
  /** The service's IANA zone: times are told as its clocks show them. */
  timeZone: string;
}

interface ServiceStatusBannerBaseProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The incident and its latest update. */
  incident: ServiceIncident;
  /** The level of the title.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** Offer a button that hides the banner until the next update.
   * @default true */
  dismissible?: boolean;
  /** Called when the banner is hidden; move focus somewhere sensible if the banner held it. */
  onDismiss?: (incident: ServiceIncident) => void;
  /** Tell screen readers at once even though the banner is there from the first render: set it when the banner
   * is rendered after the page has loaded (for instance after fetching the status). Changes while mounted are
   * always told.
   * @default false */
  announceOnMount?: boolean;
  /** The prefix of the `localStorage` key that remembers a dismissal.
   * @default 'samspill:service-status' */
  storageKey?: string;
  /** The clock for "Next update today at 14:30"; `() => fixed` for stories and tests.
   * @default the system clock */
  now?: ClockProp;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
}

export type ServiceStatusBannerProps = ServiceStatusBannerBaseProps &
  (
    | {
        /** Where to get help, after "Need help?": the URL of the contact options (shown as "Contact us"), or your
         * own element, e.g. a `HelpLink` or a phone number. */
        help: ReactNode;
        helpHref?: never;
      }
    | {
        /** @deprecated Renamed `help`; `helpHref` is removed in the next minor version. `help` still takes more
         * help shown after the link, as before. */
        helpHref: string;
        help?: ReactNode;
      }
  );

const tones: Record<IncidentSeverity, NoticeTone> = {
  maintenance: 'info',
  degraded: 'warning',
  outage: 'danger',
  resolved: 'success',
};

const Root = part('section', 'samspill-notice samspill-service-status-banner');

// Used only where storage is blocked or full: the dismissal then lasts for this page view.
const memory = new Set<string>();

function isDismissed(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null;
  } catch {
    return memory.has(key);
  }
}

function rememberDismissal(key: string) {
  try {
    window.localStorage.setItem(key, new Date().toISOString());
  } catch {
    memory.add(key);
  }
}

/** The key a dismissal is remembered under: the incident and the update, so a new update shows again. */
export function dismissalKey(incident: ServiceIncident, prefix = 'samspill:service-status'): string {
  return `${prefix}:${incident.id}:${incident.updateId ?? incident.updatedAt}`;
}

const texts = ['title', 'affected', 'action', 'workaround'] as const;

/** Refuses an incident whose texts cannot be shown, naming each field and what to write. */
function checkIncident(incident: ServiceIncident) {
  const issues: string[] = [];
  for (const field of texts) {
    checkLocalizedText(incident[field], `incident.${field}`, (path, message) => issues.push(`- ${path}: ${message}`), {
      required: field !== 'workaround',
      example: '{ en: "Invoices open slowly", nb: "Fakturaer åpnes sakte" }',
    });
  }
  if (issues.length > 0) throw new Error(`ServiceStatusBanner: the incident is not valid:\n${issues.join('\n')}`);
}

/** `useLayoutEffect` in the browser, so a dismissed banner is gone before the first paint of a client render. */
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A known problem stated plainly: what is affected, what is being done, when the next update comes, what to do
 * meanwhile and where to get help. Present from the start it is read in page order; when it appears or changes
 * later, an outage interrupts (`role="alert"`) and the rest wait their turn (`role="status"`). Dismissal is
 * remembered per incident and update.
 */
export const ServiceStatusBanner = forwardRef<HTMLElement, ServiceStatusBannerProps>(function ServiceStatusBanner(
  {
    incident,
    help,
    helpHref,
    headingLevel = 2,
    dismissible = true,
    onDismiss,
    announceOnMount = false,
    storageKey = 'samspill:service-status',
    now: clock,
    strings,
    ...rest
  },
  ref,
) {
  if (helpHref !== undefined) devWarnRenamed('ServiceStatusBanner', 'helpHref', 'help');
  useMemo(() => {
    if (process.env.NODE_ENV !== 'production') checkIncident(incident);
  }, [incident]);
  const t = useMessages(strings, en);
  const locale = useLocale();
  const announce = useAnnounce();
  const now = useNow(clock, 'ServiceStatusBanner');
  const titleId = useId();
  const key = dismissalKey(incident, storageKey);
  const [dismissed, setDismissed] = useState(false);
  // The update shown first is part of the page; any later one is news, and so is everything when mounted late.
  const [firstKey] = useState(key);
  const live = announceOnMount || key !== firstKey;

  useClientLayoutEffect(() => {
    setDismissed(isDismissed(key));
  }, [key]);

  if (dismissed) return null;

  const severity = incident.severity;
  const role = live ? (severity === 'outage' ? 'alert' : 'status') : undefined;
  const format = { locale, timeZone: incident.timeZone };
  const nextUpdate = incident.nextUpdateAt ? new Date(incident.nextUpdateAt) : undefined;
  const Title = `h${headingLevel}` as const;
  // Only what is shown follows the locale; the dismissal key is built from ids, so a dismissal holds in every language.
  const [title, affected, action, workaround] = texts.map((field) => {
    const text = incident[field];
    return text === undefined ? undefined : localize(text, locale);
  });

  function dismiss() {
    rememberDismissal(key);
    setDismissed(true);
    announce(t('status.dismissed'));
    onDismiss?.(incident);
  }

  return (
    <Root
      // A new update is a new element: inserted with its live role, it is read out like a banner that just appeared.
      key={key}
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      data-severity={severity}
      data-tone={tones[severity]}
      data-incident={incident.id}
      {...rest}
    >
      <NoticeIcon tone={tones[severity]} />
      <div data-part="body">
        <Title data-part="title" id={titleId}>
          {title}
        </Title>
        <p data-part="updated" suppressHydrationWarning>
          <Tag tone={tones[severity]}>{t(`status.severity.${severity}` as MessageKey)}</Tag>{' '}
          {t('status.updated', { when: formatWhen(new Date(incident.updatedAt), now, t, format) })}
        </p>
        <dl>
          <div>
            <dt>{t('status.affected')}</dt>
            <dd>{affected}</dd>
          </div>
          <div>
            <dt>{t('status.action')}</dt>
            <dd>{action}</dd>
          </div>
          {workaround && (
            <div>
              <dt>{t('status.workaround')}</dt>
              <dd>{workaround}</dd>
            </div>
          )}
          {severity !== 'resolved' && (
            <div>
              <dt>{t('status.nextUpdate')}</dt>
              <dd suppressHydrationWarning>
                {nextUpdate && nextUpdate.getTime() > now.getTime()
                  ? formatWhen(nextUpdate, now, t, format)
                  : t('status.nextUpdateSoon')}
              </dd>
            </div>
          )}
        </dl>
        <p data-part="help">
          {t('status.help')}{' '}
          <HelpTarget help={helpHref ?? help} strings={strings}>
            {t('status.helpLink')}
          </HelpTarget>
          {helpHref !== undefined && help && <> {help}</>}
        </p>
      </div>
      {dismissible && (
        <button type="button" data-part="dismiss" aria-label={`${t('status.dismiss')}: ${title}`} onClick={dismiss}>
          <DismissIcon />
        </button>
      )}
    </Root>
  );
});
