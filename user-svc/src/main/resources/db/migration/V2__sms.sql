-- SMS costs money and needs the user's consent: it is off for every existing account, with no number.
ALTER TABLE account
    ADD COLUMN notify_sms   BOOLEAN NOT NULL DEFAULT false,
    -- E.164 (+4915112345678); kept when SMS is switched off, so switching it on again needs no re-entry.
    ADD COLUMN phone_number TEXT,
    -- SMS can only go to a number.
    ADD CONSTRAINT account_sms_needs_phone_number CHECK (NOT notify_sms OR phone_number IS NOT NULL);
