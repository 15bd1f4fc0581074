import { isSafeHref, localize } from '@samspill/react';
import { weekdays, type ContactChannel, type ContactConfig, type OpeningHours } from './model.js';
import { toE164 } from './phone.js';

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type JsonObject = { [key: string]: unknown };

function hoursSpecification(hours: OpeningHours): JsonObject[] {
  const weekly = weekdays.flatMap((day, index) =>
    (hours.weekly[day] ?? []).map((interval) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${dayNames[index]}`,
      opens: interval.open,
      closes: interval.close === '24:00' ? '23:59' : interval.close,
    })),
  );
  // schema.org marks a closed date with opens and closes both 00:00.
  const exceptions = (hours.exceptions ?? []).flatMap((exception) =>
    (exception.intervals.length > 0 ? exception.intervals : [{ open: '00:00', close: '00:00' }]).map((interval) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom: exception.date,
      validThrough: exception.until ?? exception.date,
      opens: interval.open,
      closes: interval.close === '24:00' ? '23:59' : interval.close,
    })),
  );
  return [...weekly, ...exceptions];
}

function contactPoint(channel: ContactChannel, config: ContactConfig, locale: string): JsonObject {
  const point: JsonObject = {
    '@type': 'ContactPoint',
    contactType: channel.label === undefined ? 'customer service' : localize(channel.label, locale),
  };
  if (channel.kind === 'phone' || channel.kind === 'text-phone')
    point.telephone = toE164(channel.number, config.countryCallingCode);
  if (channel.kind === 'email') point.email = channel.address;
  if ('href' in channel && isSafeHref(channel.href)) point.url = channel.href;
  if (channel.kind === 'text-phone' || channel.kind === 'sign-language')
    point.contactOption = 'https://schema.org/HearingImpairedSupported';
  if (channel.languages?.length) point.availableLanguage = channel.languages;
  if (channel.hours) point.hoursAvailable = hoursSpecification(channel.hours);
  return point;
}

/**
 * schema.org `Organization` with one `ContactPoint` per channel that has a number, an address or a link, in the
 * configured order, for search engines and assistants. Opening hours are published in the service's wall-clock time;
 * labels given per language are published in `locale`'s.
 */
export function contactJsonLd(config: ContactConfig, locale = 'en'): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    ...(config.organization && { name: config.organization }),
    ...(isSafeHref(config.url) && { url: config.url }),
    contactPoint: config.channels
      .filter((channel) => channel.kind !== 'visit')
      .map((channel) => contactPoint(channel, config, locale)),
  };
}

/** JSON for an inline `<script>`: `<` escaped, so no value can close the script element. */
export function serializeJsonLd(data: JsonObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
