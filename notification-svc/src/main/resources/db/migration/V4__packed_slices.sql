-- Prepared slices keep their recipients as 16 bytes per id (PackedIds): read back at a drop's start
-- without parsing text. Slices prepared before this are converted, ids in the same order.
CREATE FUNCTION packed_ids(ids UUID[]) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(decode(string_agg(replace(id::text, '-', ''), '' ORDER BY n), 'hex'), '\x'::bytea)
    FROM unnest(ids) WITH ORDINALITY AS slice(id, n)
$$;

ALTER TABLE prepared_slice ALTER COLUMN recipients TYPE BYTEA USING packed_ids(recipients);

DROP FUNCTION packed_ids(UUID[]);
