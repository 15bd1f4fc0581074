'use client';
import { forwardRef, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { part } from '@samspill/react';
import { useLocale, useMessages, type Messages } from '@samspill/react';
import { en } from '../locales/en.js';
import type { ContactConfig } from '../contact/model.js';
import { useNow, useVisitorTimeZone, type ClockProp } from '../contact/useNow.js';
import { devWarnRenamed } from '../internal/renamed.js';
import { validateContactConfig } from '../contact/validate.js';
import { ChannelAction, ChannelStatus, channelLabel, type TimeZoneDisplay } from '../ContactOptions/parts.js';
import { HelpLink } from './HelpLink.js';
import { HelpTarget } from './HelpTarget.js';

export interface ContactBarProps extends HTMLAttributes<HTMLElement> {
  /** The service's channels; the bar shows the first few and links to all of them. */
  config: ContactConfig;
  /** The ids of the channels to show in the bar, in the configured order.
   * @default the first two channels */
  channelIds?: string[];
  /** Where all the contact options are: a URL for the "All the ways to contact us" link, or your own element.
   * Without it, "All the ways to contact us" opens them in a dialog. */
  help?: ReactNode;
  /** @deprecated Renamed `help`; `href` is removed in the next minor version. */
  href?: string;
  /** The clock, read on every minute; `() => fixed` holds the status still.
   * @default the system clock */
  now?: ClockProp;
  /** See `ContactOptions`.
   * @default 'auto' */
  timeZoneName?: TimeZoneDisplay;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
}

const Root = part('aside', 'samspill-contact-bar');

/**
 * A help bar for the same place on every page: the main channels with their status, and the way to all the
 * others. Render it from the shared layout, not per page, so its markup and position never change.
 */
export const ContactBar = forwardRef<HTMLElement, ContactBarProps>(function ContactBar(
  { config, channelIds, help, href, now: clock, timeZoneName = 'auto', strings, ...rest },
  ref,
) {
  if (href !== undefined) devWarnRenamed('ContactBar', 'href', 'help');
  const target = help ?? href;
  useMemo(() => {
    if (process.env.NODE_ENV !== 'production') validateContactConfig(config, 'ContactBar');
  }, [config]);
  const t = useMessages(strings, en);
  const locale = useLocale();
  const now = useNow(clock, 'ContactBar');
  const visitorTimeZone = useVisitorTimeZone();
  const shown = channelIds
    ? config.channels.filter((channel) => channel.id !== undefined && channelIds.includes(channel.id))
    : config.channels.slice(0, 2);

  return (
    <Root ref={ref} aria-label={t('help.region')} data-samspill-contact-bar="" {...rest}>
      <ul>
        {shown.map((channel, index) => (
          <li key={channel.id ?? index} data-kind={channel.kind}>
            <span data-part="label">{channelLabel(channel, t, locale)}</span>
            <ChannelAction channel={channel} config={config} locale={locale} t={t} />
            <ChannelStatus
              channel={channel}
              now={now}
              locale={locale}
              t={t}
              visitorTimeZone={visitorTimeZone}
              timeZoneDisplay={timeZoneName}
            />
          </li>
        ))}
      </ul>
      {target !== undefined ? (
        <HelpTarget help={target} strings={strings}>
          {t('help.allOptions')}
        </HelpTarget>
      ) : (
        <HelpLink config={config} now={clock} timeZoneName={timeZoneName} strings={strings}>
          {t('help.allOptions')}
        </HelpLink>
      )}
    </Root>
  );
});
