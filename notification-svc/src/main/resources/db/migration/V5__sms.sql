-- SMS, opt-in at user-svc: off for everyone known so far, and sent only to the number given with it.
ALTER TABLE recipient ADD COLUMN sms BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE recipient ADD COLUMN phone_number TEXT;
