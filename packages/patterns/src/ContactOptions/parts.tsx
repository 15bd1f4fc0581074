'use client';
import type { ReactNode } from 'react';
import { part } from '@samspill/react';
import { Link, localize, type MessageKey, type Translate } from '@samspill/react';
import { getAvailability } from '../contact/availability.js';
import { clocksDiffer, describeAvailability } from '../contact/format.js';
import type { ContactChannel, ContactConfig } from '../contact/model.js';
import { telHref } from '../contact/phone.js';

/** Whether times carry the zone's name ("16:00 CET"): `auto` adds it only for visitors whose clocks show another time. */
export type TimeZoneDisplay = 'auto' | 'always' | 'never';

/** The name a channel is shown with: its own label in the page's language, or the kind's built-in name. */
export function channelLabel(channel: ContactChannel, t: Translate, locale: string): string {
  return channel.label === undefined
    ? t(`contact.kind.${channel.kind}` as MessageKey)
    : localize(channel.label, locale);
}

/** The link (or address) that starts a contact: a `tel:` number, a `mailto:` address, a chat or form link. */
export function ChannelAction({
  channel,
  config,
  locale,
  t,
}: {
  channel: ContactChannel;
  config: ContactConfig;
  locale: string;
  t: Translate;
}): ReactNode {
  const linkText =
    'linkText' in channel && channel.linkText !== undefined ? localize(channel.linkText, locale) : undefined;
  switch (channel.kind) {
    case 'phone':
    case 'text-phone': {
      const href = telHref(channel.number, config.countryCallingCode);
      return href ? <Link href={href}>{channel.number}</Link> : <span>{channel.number}</span>;
    }
    case 'email':
      return <Link href={`mailto:${channel.address}`}>{channel.address}</Link>;
    case 'visit':
      return (
        <>
          <address>
            {channel.address.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          {channel.href && <Link href={channel.href}>{linkText ?? t('contact.action.visit')}</Link>}
        </>
      );
    default:
      return <Link href={channel.href}>{linkText ?? t(`contact.action.${channel.kind}` as MessageKey)}</Link>;
  }
}

const Status = part('p', 'samspill-contact-options__status');

export interface ChannelStatusProps {
  channel: ContactChannel;
  now: Date;
  locale: string;
  t: Translate;
  visitorTimeZone?: string;
  timeZoneDisplay: TimeZoneDisplay;
  closingSoonMinutes?: number;
}

/**
 * "Open now · closes 16:00". Not a live region: it changes quietly on the minute. The server and the browser may
 * read the clock a minute apart, so a differing first text is expected, not a hydration error.
 */
export function ChannelStatus({
  channel,
  now,
  locale,
  t,
  visitorTimeZone,
  timeZoneDisplay,
  closingSoonMinutes,
}: ChannelStatusProps) {
  const hours = channel.hours;
  if (!hours) return null;
  const showTimeZone =
    timeZoneDisplay === 'always' || (timeZoneDisplay === 'auto' && clocksDiffer(hours.timeZone, visitorTimeZone, now));
  const { state, text } = describeAvailability(getAvailability(hours, now), now, t, {
    locale,
    timeZone: hours.timeZone,
    showTimeZone,
    ...(closingSoonMinutes !== undefined && { closingSoonMinutes }),
  });
  return (
    <Status data-part="status" data-state={state}>
      <span data-part="dot" aria-hidden="true" />
      <span suppressHydrationWarning>{text}</span>
    </Status>
  );
}
