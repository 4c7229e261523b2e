package io.livedrop.search.rebuild;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.WriteResponseBase;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.livedrop.search.index.SearchIndices;
import io.livedrop.search.index.SearchProperties;
import io.livedrop.web.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One rebuild at a time over every search-svc instance: a lease document in Elasticsearch, which all
 * instances share. Taking it is a create that fails when the document exists, so of two instances
 * racing, one wins. The holder renews it while it works; if the holder dies, the lease expires, and
 * the next rebuild takes it over with a write conditional on the sequence number it read, so two
 * instances cannot both take over one expired lease.
 */
@Component
class RebuildLease {

    static final String REBUILD_RUNNING = "rebuild-running";
    private static final Logger log = LoggerFactory.getLogger(RebuildLease.class);
    private static final String ID = "rebuild";
    private static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"dynamic": "strict", "properties": {
               "holder": {"type": "keyword"}, "expiresAt": {"type": "long"}}}}""";

    private final ElasticsearchClient client;
    private final String index;
    private final Duration length;
    private final Clock clock = Clock.systemUTC();

    RebuildLease(ElasticsearchClient client, SearchProperties search, RebuildProperties properties) {
        this.client = client;
        // Beside the indices it guards, under their prefix.
        this.index = search.indexPrefix() + "rebuild-lease";
        this.length = properties.lease();
    }

    /** Takes the lease, or answers 409 {@value #REBUILD_RUNNING} while another rebuild holds it. */
    Held take() {
        String holder = UUID.randomUUID().toString();
        try {
            createIndexIfMissing();
            try {
                WriteResponseBase created = client.create(c -> c.index(index).id(ID).document(terms(holder)));
                return new Held(holder, created.seqNo(), created.primaryTerm());
            }
            catch (ElasticsearchException ex) {
                if (ex.status() != 409) {
                    throw ex;
                }
            }
            GetResponse<Terms> current = client.get(g -> g.index(index).id(ID), Terms.class);
            if (!current.found()) {
                // Given back between the create and the read: create it once more.
                return new Held(holder, 0, 0).write(false);
            }
            if (current.source().expiresAt() > clock.millis()) {
                throw running();
            }
            // The holder stopped renewing (it died): take over, unless another instance just did.
            return new Held(holder, current.seqNo(), current.primaryTerm()).write(true);
        }
        catch (IOException ex) {
            throw SearchIndices.unavailable(ex);
        }
    }

    private void createIndexIfMissing() throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index).withJson(new StringReader(MAPPING)));
        }
        catch (ElasticsearchException ex) {
            if (!"resource_already_exists_exception".equals(ex.error().type())) {
                throw ex;
            }
        }
    }

    private Terms terms(String holder) {
        return new Terms(holder, clock.millis() + length.toMillis());
    }

    private static ProblemException running() {
        return ProblemException.conflict(REBUILD_RUNNING, "A rebuild is already running.");
    }

    /** The lease while this instance holds it; the sequence number makes every write conditional on it. */
    final class Held implements AutoCloseable {

        private final String holder;
        private long seqNo;
        private long primaryTerm;
        private Instant renewed;

        private Held(String holder, long seqNo, long primaryTerm) {
            this.holder = holder;
            this.seqNo = seqNo;
            this.primaryTerm = primaryTerm;
            this.renewed = clock.instant();
        }

        /**
         * Extends the lease once a third of it has passed; called as the rebuild goes on. Answers 409 if
         * another instance took the lease over meanwhile (this one stalled past it): the rebuild stops.
         */
        void renewIfDue() {
            if (clock.instant().isAfter(renewed.plus(length.dividedBy(3)))) {
                try {
                    write(true);
                }
                catch (IOException ex) {
                    throw SearchIndices.unavailable(ex);
                }
            }
        }

        private Held write(boolean exists) throws IOException {
            try {
                WriteResponseBase written = exists
                        ? client.index(i -> i.index(index).id(ID).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)
                                .document(terms(holder)))
                        : client.create(c -> c.index(index).id(ID).document(terms(holder)));
                seqNo = written.seqNo();
                primaryTerm = written.primaryTerm();
                renewed = clock.instant();
                return this;
            }
            catch (ElasticsearchException ex) {
                throw ex.status() == 409 ? running() : ex;
            }
        }

        /**
         * Gives the lease back, unless another instance has taken it over since. A lease that cannot be
         * given back only makes the next rebuild wait for it to expire, so that fails nothing.
         */
        @Override
        public void close() {
            try {
                client.delete(d -> d.index(index).id(ID).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm));
            }
            catch (ElasticsearchException ex) {
                if (ex.status() != 409 && ex.status() != 404) {
                    log.warn("Could not give the rebuild lease back; it expires in {}: {}", length, ex.getMessage());
                }
            }
            catch (IOException ex) {
                log.warn("Could not give the rebuild lease back; it expires in {}: {}", length, ex.toString());
            }
        }
    }

    /** The lease document. */
    record Terms(String holder, long expiresAt) {
    }
}
