package org.refoulementkg.web.entity;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.Prefixes;

/**
 * What a page or an RDF answer about one resource needs, fetched with {@link EntityTemplates}: for data, the
 * resource's description and the triples pointing at it; for a page, its description, then what the sections
 * shown for its types need, and the labels of everything mentioned (kept per data version by {@link LabelCache}).
 */
final class Neighbourhood {
    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final LabelCache labels;

    Neighbourhood(KnowledgeGraph kg, Duration timeout, LabelCache labels) {
        this.kg = kg;
        this.timeout = timeout;
        this.labels = labels;
    }

    /** The RDF answer for a resource (empty if the store knows nothing about it). */
    Model forData(String iri) {
        return into(newModel(), EntityTemplates.DATA, iri);
    }

    /** Everything the page's sections show, each template asked once and only where a section shown needs it. */
    Model forPage(String iri, List<Section> sections) {
        Model m = into(newModel(), EntityTemplates.DESCRIPTION, iri);
        Set<Resource> types = PageModel.types(m, m.createResource(iri));
        var needed = new LinkedHashSet<Template>();
        for (Section s : sections) if (s.shownFor(types)) needed.addAll(s.needs());
        for (Template t : needed) into(m, t, iri);
        Set<Node> asked = iris(m);
        addLabels(m, asked);
        Set<Node> more = iris(m); // the sources that the footnotes cite, named by the labels just added
        more.removeAll(asked);
        addLabels(m, more);
        return m;
    }

    /** Adds the labels (and footnote numbers, cited sources) of these IRIs, from the cache or one VALUES query. */
    private void addLabels(Model m, Set<Node> iris) {
        if (iris.isEmpty()) return;
        var g = m.getGraph();
        labels.labelsOf(iris).forEach(g::add);
    }

    private static Set<Node> iris(Model m) {
        Set<Node> iris = new LinkedHashSet<>();
        m.getGraph().find().forEachRemaining(t -> addIris(t, iris));
        return iris;
    }

    /** The IRIs of a triple, those inside a triple term too (what a statement reifier reifies needs its labels). */
    private static void addIris(Triple t, Set<Node> iris) {
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (n.isURI()) iris.add(n);
            else if (n.isTripleTerm()) addIris(n.getTriple(), iris);
        }
    }

    /** Adds the answer of {@code template}, bound to the resource, to {@code m}. */
    private Model into(Model m, Template template, String iri) {
        kg.construct(template, NodeFactory.createURI(iri), timeout, m.getGraph());
        return m;
    }

    private static Model newModel() {
        // Same-term graph, as the store itself: faster to fill than the default model's value-based graph.
        Model m = ModelFactory.createModelForGraph(GraphMemFactory.createDefaultGraphSameTerm());
        m.setNsPrefixes(Prefixes.ALL);
        return m;
    }
}
