'use client';
import { Fragment, forwardRef, useId, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { part } from '@samspill/react';
import {
  Heading,
  localize,
  useLocale,
  useMessages,
  type HeadingLevel,
  type Messages,
  type Translate,
} from '@samspill/react';
import { en } from '../locales/en.js';
import { formatDuration, upcomingExceptionRows, weeklyRows } from '../contact/format.js';
import { contactJsonLd, serializeJsonLd } from '../contact/jsonld.js';
import { realTimeKinds, type ContactChannel, type ContactConfig } from '../contact/model.js';
import { useNow, useVisitorTimeZone, type ClockProp } from '../contact/useNow.js';
import { validateContactConfig } from '../contact/validate.js';
import { ChannelAction, ChannelStatus, channelLabel, type TimeZoneDisplay } from './parts.js';

export interface ContactOptionsProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The channels and their hours. Shown in exactly this order, whatever is open (WCAG 3.2.6 Consistent Help). */
  config: ContactConfig;
  /** `full` shows descriptions, waits and opening hours; `compact` one line per channel: name, link and status.
   * @default 'full' */
  layout?: 'full' | 'compact';
  /** The heading above the channels; `false` leaves it out (for instance inside a dialog that has its own title).
   * @default the locale's "Contact us" */
  title?: ReactNode;
  /** The level of the title; channel names take the level below.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** The clock, read on every minute; `() => fixed` holds the status still (stories, tests).
   * @default the system clock */
  now?: ClockProp;
  /** Minutes before closing from which a channel says "Closing soon".
   * @default 30 */
  closingSoonMinutes?: number;
  /** Add the service's zone to times ("16:00 CET"); `auto` does so only for visitors whose clocks show another time.
   * @default 'auto' */
  timeZoneName?: TimeZoneDisplay;
  /** Publish the channels as schema.org `ContactPoint`s in a `<script type="application/ld+json">`.
   * @default false */
  jsonLd?: boolean;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
}

const Root = part('section', 'samspill-contact-options');

interface ChannelProps {
  channel: ContactChannel;
  config: ContactConfig;
  layout: 'full' | 'compact';
  level: number;
  now: Date;
  locale: string;
  t: Translate;
  visitorTimeZone?: string;
  timeZoneName: TimeZoneDisplay;
  closingSoonMinutes?: number;
}

const clamp = (level: number) => Math.min(level, 6) as HeadingLevel;

function Channel({
  channel,
  config,
  layout,
  level,
  now,
  locale,
  t,
  visitorTimeZone,
  timeZoneName,
  closingSoonMinutes,
}: ChannelProps) {
  const label = channelLabel(channel, t, locale);
  const wait = channel.expectedWait;
  const full = layout === 'full';
  return (
    <li data-kind={channel.kind}>
      {full ? (
        <Heading level={clamp(level)} size="small" data-part="label">
          {label}
        </Heading>
      ) : (
        <span data-part="label">{label}</span>
      )}
      {full && channel.description !== undefined && (
        <p data-part="description">{localize(channel.description, locale)}</p>
      )}
      <div data-part="action">
        <ChannelAction channel={channel} config={config} locale={locale} t={t} />
      </div>
      <ChannelStatus
        channel={channel}
        now={now}
        locale={locale}
        t={t}
        visitorTimeZone={visitorTimeZone}
        timeZoneDisplay={timeZoneName}
        closingSoonMinutes={closingSoonMinutes}
      />
      {full && wait && (
        <p data-part="wait">
          {t(realTimeKinds.includes(channel.kind) ? 'contact.wait' : 'contact.reply', {
            duration: formatDuration(wait, locale),
          })}
        </p>
      )}
      {full && channel.hours && <Schedule channel={channel} level={level + 1} now={now} locale={locale} t={t} />}
    </li>
  );
}

function Schedule({
  channel,
  level,
  now,
  locale,
  t,
}: {
  channel: ContactChannel;
  level: number;
  now: Date;
  locale: string;
  t: Translate;
}) {
  const hours = channel.hours!;
  const rows = [...weeklyRows(hours, locale, t), ...upcomingExceptionRows(hours, now, locale, t)];
  const HoursTitle = `h${clamp(level)}` as const;
  return (
    <>
      <HoursTitle data-part="hours-title">{t('contact.hours')}</HoursTitle>
      <dl data-part="hours" suppressHydrationWarning>
        {rows.map((row) => (
          <div key={`${row.days}-${row.label ?? ''}`}>
            <dt>{row.days}</dt>
            <dd>
              {row.times.map((range, index) => (
                <Fragment key={range}>
                  {index > 0 && ', '}
                  <span data-part="range">{range}</span>
                </Fragment>
              ))}
              {row.label && ` · ${row.label}`}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * Every way to reach the service, in the configured order, with "Open now · closes 16:00" worked out in the
 * service's time zone and written in the visitor's language and clock. Phone numbers dial through `tel:` links in
 * E.164. The status updates quietly on the minute.
 */
export const ContactOptions = forwardRef<HTMLElement, ContactOptionsProps>(function ContactOptions(
  {
    config,
    layout = 'full',
    title,
    headingLevel = 2,
    now: clock,
    closingSoonMinutes,
    timeZoneName = 'auto',
    jsonLd = false,
    strings,
    ...rest
  },
  ref,
) {
  useMemo(() => {
    if (process.env.NODE_ENV !== 'production') validateContactConfig(config, 'ContactOptions');
  }, [config]);
  const t = useMessages(strings, en);
  const locale = useLocale();
  const now = useNow(clock, 'ContactOptions');
  const visitorTimeZone = useVisitorTimeZone();
  const titleId = useId();
  const hasTitle = title !== false && title !== null;
  const json = useMemo(
    () => (jsonLd ? serializeJsonLd(contactJsonLd(config, locale)) : undefined),
    [jsonLd, config, locale],
  );

  return (
    <Root ref={ref} aria-labelledby={hasTitle ? titleId : undefined} data-layout={layout} {...rest}>
      {hasTitle && (
        <Heading level={headingLevel} size="large" id={titleId}>
          {title ?? t('contact.title')}
        </Heading>
      )}
      <ul>
        {config.channels.map((channel, index) => (
          <Channel
            key={channel.id ?? index}
            channel={channel}
            config={config}
            layout={layout}
            level={hasTitle ? headingLevel + 1 : headingLevel}
            now={now}
            locale={locale}
            t={t}
            visitorTimeZone={visitorTimeZone}
            timeZoneName={timeZoneName}
            closingSoonMinutes={closingSoonMinutes}
          />
        ))}
      </ul>
      {json && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />}
    </Root>
  );
});
