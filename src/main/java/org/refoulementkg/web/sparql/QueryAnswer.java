package org.refoulementkg.web.sparql;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.refoulementkg.web.http.RdfVersion;
import org.refoulementkg.web.http.RdfWriter;

/**
 * Writes a query's answer in a language: SELECT results in JSON with {@link JsonResults}, other results with Jena's results writer, CONSTRUCT and DESCRIBE
 * graphs with the {@link RdfWriter}. The endpoint, the catalogue and {@code ./kg query} all answer through here.
 *
 * <pre>{@code
 * kg.query(query, timeout, qe -> { QueryAnswer.write(qe, query, ResultSetLang.RS_CSV, System.out); return null; });
 * }</pre>
 */
public final class QueryAnswer {
    private QueryAnswer() {}

    /** Graphs in {@code version} ({@link RdfVersion}: RDF 1.1 unless RDF 1.2 was asked for). */
    public static void write(QueryExecution qe, Query query, Lang lang, RdfVersion version, OutputStream out) {
        write(qe, query, lang, version, out, Long.MAX_VALUE);
    }

    /** As above, with a graph answer built in at most {@code maxTriples} ({@link QueryLimits.Exceeded} beyond). */
    static void write(QueryExecution qe, Query query, Lang lang, RdfVersion version, OutputStream out, long maxTriples) {
        if (query.isSelectType() && lang.equals(ResultSetLang.RS_JSON)) JsonResults.write(out, qe.execSelect());
        else if (query.isSelectType()) ResultsWriter.create().lang(lang).write(out, qe.execSelect());
        else if (query.isAskType()) ResultsWriter.create().lang(lang).write(out, qe.execAsk());
        else if (query.isConstructType()) RdfWriter.write(out, qe.execConstruct(graph(maxTriples)), lang, version);
        else RdfWriter.write(out, qe.execDescribe(graph(maxTriples)), lang, version);
    }

    private static Model graph(long maxTriples) {
        return ModelFactory.createModelForGraph(maxTriples == Long.MAX_VALUE ? GraphFactory.createDefaultGraph() : BoundedGraph.of(maxTriples));
    }

    public static void write(QueryExecution qe, Query query, Lang lang, OutputStream out) { write(qe, query, lang, RdfVersion.RDF_1_1, out); }
}
