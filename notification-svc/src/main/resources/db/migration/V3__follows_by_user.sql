-- A user's follows, read when their first socket opens on an instance and when they change.
CREATE INDEX follower_by_user ON follower (user_id);
