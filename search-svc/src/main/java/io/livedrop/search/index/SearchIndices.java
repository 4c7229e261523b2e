package io.livedrop.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names, creates and re-points the indices. Every collection lives in a versioned concrete index
 * ({@code <prefix>products-v1}) behind an alias ({@code <prefix>products}) that all reads and writes
 * use, so a rebuild can swap the alias atomically.
 */
@Component
public class SearchIndices implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);

    private final ElasticsearchClient client;
    private final String prefix;
    /** Collections known to have their alias; a restart or a failed start checks again. */
    private final Set<SearchIndex> ready = java.util.Collections.synchronizedSet(EnumSet.noneOf(SearchIndex.class));

    SearchIndices(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.prefix = properties.indexPrefix();
    }

    /** Creates what is missing at start-up; if Elasticsearch is away, the first write or rebuild does it later. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            ensureReady();
        }
        catch (SearchUnavailableException ex) {
            log.warn("Elasticsearch is not reachable at start-up; indices will be created when it is: {}", ex.getMessage());
        }
    }

    public String alias(SearchIndex index) {
        return prefix + index.baseName();
    }

    /** The name for a fresh index of the current mapping version, unique per rebuild. */
    public String newIndexName(SearchIndex index, long stamp) {
        return alias(index) + index.versionSuffix() + "-" + stamp;
    }

    /** The collection whose alias or concrete index this is, from a search hit's {@code _index}. */
    public SearchIndex collectionOf(String indexName) {
        for (SearchIndex index : SearchIndex.values()) {
            if (indexName.equals(alias(index)) || indexName.startsWith(alias(index) + "-v")) {
                return index;
            }
        }
        throw new IllegalArgumentException("not a search index: " + indexName);
    }

    /** Makes sure every alias exists, creating {@code <alias>-v<N>} with it where missing. */
    public void ensureReady() {
        for (SearchIndex index : SearchIndex.values()) {
            if (!ready.contains(index)) {
                createIfMissing(index);
                ready.add(index);
            }
        }
    }

    private void createIfMissing(SearchIndex index) {
        String alias = alias(index);
        try {
            if (client.indices().existsAlias(e -> e.name(alias)).value()) {
                addNewFields(index);
                return;
            }
            String name = alias + index.versionSuffix();
            try (InputStream mapping = mapping(index)) {
                client.indices().create(c -> c.index(name).withJson(mapping).aliases(alias, a -> a));
            }
            log.info("Created index {} behind alias {}", name, alias);
        }
        catch (ElasticsearchException ex) {
            // Another instance created it first: its alias is what we wanted.
            if (!"resource_already_exists_exception".equals(ex.error().type())) {
                throw ex;
            }
        }
        catch (IOException ex) {
            throw unavailable(ex);
        }
    }

    /**
     * Puts the current mapping on an index of an older mapping version, which adds its new fields in
     * place: until a rebuild moves the alias to an index of the current version (and fills the new
     * fields of older documents), events that carry those fields are then still written, not refused
     * by the strict mapping. A change that cannot be made in place leaves the index as it was and asks
     * for a rebuild.
     */
    private void addNewFields(SearchIndex index) throws IOException {
        String alias = alias(index);
        String current = concreteIndexOf(alias);
        OptionalInt version = SearchIndex.mappingVersionOf(alias, current);
        if (version.isEmpty() || version.getAsInt() >= index.mappingVersion()) {
            return;
        }
        try (InputStream mapping = mapping(index)) {
            String mappings = JsonMapper.shared().readTree(mapping).get("mappings").toString();
            client.indices().putMapping(p -> p.index(current).withJson(new StringReader(mappings)));
            log.info("Added the fields of mapping v{} to {}; a rebuild fills them in older documents",
                    index.mappingVersion(), current);
        }
        catch (ElasticsearchException ex) {
            log.error("Mapping v{} cannot be applied to {} in place ({}): rebuild the search indices",
                    index.mappingVersion(), current, ex.getMessage());
        }
    }

    /** Creates an index of the current mapping with no alias, for a rebuild to fill. */
    public void createUnaliased(SearchIndex index, String name) {
        try (InputStream mapping = mapping(index)) {
            client.indices().create(c -> c.index(name).withJson(mapping));
        }
        catch (IOException ex) {
            throw unavailable(ex);
        }
    }

    /** The concrete index the alias points at now. */
    public String currentIndex(SearchIndex index) {
        ensureReady();
        try {
            return concreteIndexOf(alias(index));
        }
        catch (IOException ex) {
            throw unavailable(ex);
        }
    }

    private String concreteIndexOf(String alias) throws IOException {
        Map<String, IndexAliases> result = client.indices().getAlias(g -> g.name(alias)).aliases();
        if (result.size() != 1) {
            throw new IllegalStateException("alias " + alias + " points at " + result.keySet());
        }
        return result.keySet().iterator().next();
    }

    /** Moves the alias from one index to another in one cluster-state update, so no search sees neither. */
    public void swapAlias(SearchIndex index, String from, String to) {
        String alias = alias(index);
        try {
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(from).alias(alias)))
                    .actions(a -> a.add(add -> add.index(to).alias(alias))));
        }
        catch (IOException ex) {
            throw unavailable(ex);
        }
    }

    private static InputStream mapping(SearchIndex index) throws IOException {
        return new ClassPathResource(index.mappingResource()).getInputStream();
    }

    public static SearchUnavailableException unavailable(IOException ex) {
        return new SearchUnavailableException("Elasticsearch is unreachable: " + ex.getMessage(), ex);
    }
}
