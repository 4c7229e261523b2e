-- One database, one role and one schema per service: a service's role can touch only its own
-- schema. Idempotent, so every `up` may run it. Passwords are the local defaults; compose and
-- Kubernetes set their own through the same statements.
\set ON_ERROR_STOP on

SELECT 'CREATE ROLE livedrop LOGIN CREATEROLE PASSWORD ''livedrop'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'livedrop') \gexec

SELECT 'CREATE DATABASE livedrop OWNER livedrop'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'livedrop') \gexec

\connect livedrop
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE livedrop FROM PUBLIC;

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', svc.role, svc.role)
FROM (VALUES ('user_svc'), ('creator_svc'), ('follow_svc'), ('product_svc'),
             ('drop_svc'), ('order_svc'), ('notification_svc')) AS svc(role)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = svc.role) \gexec

SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc.schema, svc.role),
       format('GRANT CONNECT ON DATABASE livedrop TO %I', svc.role),
       format('ALTER ROLE %I SET search_path = %I', svc.role, svc.schema)
FROM (VALUES ('users', 'user_svc'), ('creators', 'creator_svc'), ('follows', 'follow_svc'),
             ('products', 'product_svc'), ('drops', 'drop_svc'), ('orders', 'order_svc'),
             ('notifications', 'notification_svc')) AS svc(schema, role) \gexec
