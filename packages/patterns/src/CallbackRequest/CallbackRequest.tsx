'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import { part } from '@samspill/react';
import {
  Alert,
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  type HeadingLevel,
  Select,
  TextField,
  useAnnounce,
  useLocale,
  useMessages,
  type Messages,
} from '@samspill/react';
import { en } from '../locales/en.js';
import { openingSlots, type OpenInterval } from '../contact/availability.js';
import { clocksDiffer, formatDay, formatTime, formatTimeRange, type FormatOptions } from '../contact/format.js';
import type { OpeningHours } from '../contact/model.js';
import { toE164 } from '../contact/phone.js';
import { toClock, useVisitorTimeZone, type ClockProp } from '../contact/useNow.js';
import { validateOpeningHours } from '../contact/validate.js';
import type { TimeZoneDisplay } from '../ContactOptions/parts.js';

/** What the customer asked for, handed to `onSubmit`. */
export interface CallbackRequestData {
  /** The name as typed, trimmed. */
  name: string;
  /** The number to call, in E.164 (`+4722334455`). */
  phone: string;
  /** The number as the customer typed it. */
  phoneAsTyped: string;
  /** The chosen slot, as ISO 8601 instants. */
  slot: { start: string; end: string };
  /** The zone the slots were offered in: the service's. */
  timeZone: string;
  /** The visitor's language, for the call. */
  locale: string;
}

export interface CallbackRequestProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'title'> {
  /** When calls can be made; only slots wholly inside these hours are offered. */
  hours: OpeningHours;
  /** Sends the request. Reject to tell the customer it failed: the form keeps every value and offers a retry. */
  onSubmit: (request: CallbackRequestData) => Promise<void>;
  /** The country calling code for numbers typed without one, digits only ("47"). */
  countryCallingCode?: string;
  /** How many days ahead to offer, counting today.
   * @default 5 */
  days?: number;
  /** The length of a slot in minutes.
   * @default 30 */
  slotMinutes?: number;
  /** The least notice in minutes before a slot starts.
   * @default 30 */
  leadMinutes?: number;
  /** The heading; `false` leaves it out.
   * @default the locale's "Ask us to call you" */
  title?: ReactNode;
  /** The level of the heading.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** An example number in the hint and error.
   * @default a number in the format of `countryCallingCode` or the locale's country */
  phoneExample?: string;
  /** Add the service's zone to the times ("10:00–10:30 CET"); `auto` does so only for visitors whose clocks show
   * another time.
   * @default 'auto' */
  timeZoneName?: TimeZoneDisplay;
  /** The clock the slots are counted from; `() => fixed` for stories and tests.
   * @default the system clock */
  now?: ClockProp;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
}

const examples: Record<string, string> = {
  '47': '+47 22 33 44 55',
  '46': '+46 8 123 456 78',
  '358': '+358 9 123 4567',
  '380': '+380 44 123 4567',
  '44': '+44 20 7946 0000',
};
const countryOfLanguage: Record<string, string> = {
  nb: '47',
  nn: '47',
  no: '47',
  sv: '46',
  fi: '358',
  uk: '380',
  en: '44',
};

const Root = part('div', 'samspill-callback-request');

type Phase = 'editing' | 'sending' | 'failed' | 'sent';
interface Errors {
  name?: string;
  phone?: string;
  slot?: string;
}

const below = (level: HeadingLevel) => Math.min(level + 1, 6) as HeadingLevel;

/**
 * A short form to ask for a call back: name, phone number and a time, with only slots inside the opening hours on
 * offer. The request goes to `onSubmit`; a failure keeps every value and offers a retry, success is shown and
 * announced.
 */
export const CallbackRequest = forwardRef<HTMLDivElement, CallbackRequestProps>(function CallbackRequest(
  {
    hours,
    onSubmit,
    countryCallingCode,
    days = 5,
    slotMinutes = 30,
    leadMinutes = 30,
    title,
    headingLevel = 2,
    phoneExample,
    now,
    timeZoneName = 'auto',
    strings,
    ...rest
  },
  ref,
) {
  useMemo(() => {
    if (process.env.NODE_ENV !== 'production') validateOpeningHours(hours, 'CallbackRequest');
  }, [hours]);
  const t = useMessages(strings, en);
  const read = toClock(now, 'CallbackRequest');
  const locale = useLocale();
  const announce = useAnnounce();
  const id = useId();
  const titleId = `${id}-title`;
  const fieldIds = { name: `${id}-name`, phone: `${id}-phone`, slot: `${id}-slot` };
  const visitorTimeZone = useVisitorTimeZone();
  const slotOptions = { days, slotMinutes, leadMinutes };
  // Counted once: options that change under the customer's hand would be worse than one that has just passed.
  const [slots, setSlots] = useState<OpenInterval[]>(() => openingSlots(hours, read(), slotOptions));
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [slot, setSlot] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const [sent, setSent] = useState<CallbackRequestData>();
  const [failed, setFailed] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);

  const callingCode = countryCallingCode ?? countryOfLanguage[locale.toLowerCase().split('-')[0] ?? ''];
  const example = phoneExample ?? examples[callingCode ?? ''] ?? examples['47']!;
  const showTimeZone =
    timeZoneName === 'always' || (timeZoneName === 'auto' && clocksDiffer(hours.timeZone, visitorTimeZone, read()));
  const format: FormatOptions = { locale, timeZone: hours.timeZone, showTimeZone };

  useEffect(() => {
    if (phase === 'sent') confirmation.current?.focus();
  }, [phase]);

  function validate(): { request?: CallbackRequestData; found: Errors } {
    const found: Errors = {};
    const e164 = toE164(phone, countryCallingCode);
    if (name.trim() === '') found.name = t('callback.errorName');
    if (!e164) found.phone = t('callback.errorPhone', { example });
    const chosen = slots.find((candidate) => candidate.start.toISOString() === slot);
    if (!chosen) {
      found.slot = t('callback.errorSlot');
    } else if (chosen.start.getTime() < read().getTime() + leadMinutes * 60_000) {
      found.slot = t('callback.errorSlotGone');
      setSlots(openingSlots(hours, read(), slotOptions));
    }
    if (Object.keys(found).length > 0 || !chosen || !e164) return { found };
    return {
      found,
      request: {
        name: name.trim(),
        phone: e164,
        phoneAsTyped: phone,
        slot: { start: chosen.start.toISOString(), end: chosen.end.toISOString() },
        timeZone: hours.timeZone,
        locale,
      },
    };
  }

  async function send(request: CallbackRequestData) {
    setPhase('sending');
    try {
      await onSubmit(request);
      setSent(request);
      setPhase('sent');
      announce(confirmationText(request));
    } catch {
      setFailed(true);
      setPhase('failed');
      // Said urgently on every failure: a retry that fails again must be heard again.
      announce(`${t('callback.failedTitle')}. ${t('callback.failed')}`, 'urgent');
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase === 'sending') return;
    const { request, found } = validate();
    setErrors(found);
    if (request) void send(request);
  }

  function confirmationText(request: CallbackRequestData): string {
    const start = new Date(request.slot.start);
    const end = new Date(request.slot.end);
    return t('callback.sent', {
      phone: request.phoneAsTyped.trim(),
      day: formatDay(start, format),
      start: formatTime(start, format),
      end: formatTime(end, format),
    });
  }

  const heading = title !== false && title !== null && (
    <Heading level={headingLevel} size="medium" id={titleId}>
      {title ?? t('callback.title')}
    </Heading>
  );

  if (phase === 'sent' && sent) {
    return (
      <Root ref={ref}>
        {heading}
        <Alert
          ref={confirmation}
          tabIndex={-1}
          tone="success"
          urgency="static"
          title={t('callback.sentTitle')}
          headingLevel={below(headingLevel)}
          data-part="confirmation"
        >
          <p>{confirmationText(sent)}</p>
        </Alert>
      </Root>
    );
  }

  if (slots.length === 0) {
    return (
      <Root ref={ref}>
        {heading}
        <p>{t('callback.noSlots')}</p>
      </Root>
    );
  }

  // Slots grouped by day, for <optgroup>.
  const byDay = new Map<string, OpenInterval[]>();
  for (const candidate of slots) {
    const day = formatDay(candidate.start, format);
    byDay.set(day, [...(byDay.get(day) ?? []), candidate]);
  }
  const summary: ErrorSummaryItem[] = (['name', 'phone', 'slot'] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: fieldIds[field], message: errors[field]! }] : [],
  );

  return (
    <Root ref={ref}>
      {heading}
      <ErrorSummary errors={summary} headingLevel={below(headingLevel)} />
      <form noValidate aria-labelledby={heading ? titleId : undefined} onSubmit={submit} {...rest}>
        <TextField
          id={fieldIds.name}
          name="name"
          label={t('callback.name')}
          autoComplete="name"
          required
          value={name}
          onValueChange={setName}
          error={errors.name}
        />
        <TextField
          id={fieldIds.phone}
          name="phone"
          type="tel"
          label={t('callback.phone')}
          hint={t('callback.phoneHint', { example })}
          autoComplete="tel"
          inputMode="tel"
          required
          value={phone}
          onValueChange={setPhone}
          error={errors.phone}
        />
        <Select
          id={fieldIds.slot}
          name="slot"
          label={t('callback.slot')}
          hint={t('callback.slotHint')}
          required
          value={slot}
          onValueChange={setSlot}
          error={errors.slot}
        >
          <option value="">{t('callback.choose')}</option>
          {[...byDay].map(([day, list]) => (
            <optgroup key={day} label={day}>
              {list.map((candidate) => (
                <option key={candidate.start.toISOString()} value={candidate.start.toISOString()}>
                  {formatTimeRange(candidate.start, candidate.end, format)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        {failed && phase !== 'editing' && (
          <Alert tone="danger" urgency="static" title={t('callback.failedTitle')} headingLevel={below(headingLevel)}>
            <p>{t('callback.failed')}</p>
            <Button type="submit" variant="secondary" loading={phase === 'sending'} data-part="retry">
              {t('callback.retry')}
            </Button>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={phase === 'sending'}>
            {t('callback.submit')}
          </Button>
        </div>
      </form>
    </Root>
  );
});
