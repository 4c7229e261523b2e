# syntax=docker/dockerfile:1
# The OpenTelemetry Collector and Jaeger images are built FROM scratch: no shell, no curl, so a
# compose health check has nothing to run. This adds one static busybox binary (its wget answers
# the check) to the unchanged upstream image given as BASE_IMAGE.
ARG BASE_IMAGE
FROM busybox:1.37-musl AS probe

FROM ${BASE_IMAGE}
COPY --from=probe /bin/busybox /probe/busybox
