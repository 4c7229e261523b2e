package io.livedrop.search.index;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.livedrop.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** Runs a read against Elasticsearch, answering 503 (not 500, not a hang) when it is away. */
public final class Queries {

    public static final String UNAVAILABLE = "search-unavailable";

    private Queries() {
    }

    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    public static <T> T run(Call<T> call) {
        try {
            return call.run();
        }
        catch (IOException ex) {
            throw unavailable();
        }
        catch (SearchUnavailableException ex) {
            throw unavailable();
        }
        catch (ElasticsearchException ex) {
            // Overloaded, or the indices are not there yet because the cluster was away at start-up.
            if (ex.status() == 429 || ex.status() >= 500 || "index_not_found_exception".equals(ex.error().type())) {
                throw unavailable();
            }
            throw ex;
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE,
                "Search is unavailable right now; try again shortly.");
    }
}
