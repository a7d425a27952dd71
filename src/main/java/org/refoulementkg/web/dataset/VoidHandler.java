package org.refoulementkg.web.dataset;

import java.time.Duration;

import org.apache.jena.atlas.web.MediaType;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;
import org.refoulementkg.web.http.Origin;
import org.refoulementkg.web.http.PerVersion;
import org.refoulementkg.web.http.RdfWriter;

import io.javalin.http.Context;

/**
 * {@code /.well-known/void} and {@code /void}: the dataset description (VoID + DCAT). Turtle for machines
 * (and any client that does not ask), the other graph formats by Accept or {@code ?format=}, a readable page
 * for browsers. The statistics are counted once per version of the data.
 */
public final class VoidHandler {
    private final KnowledgeGraph kg;
    private final PerVersion<DatasetStats> stats;
    private final VoidPage page;

    public VoidHandler(KnowledgeGraph kg, Duration timeout, VoidPage page) {
        this.kg = kg;
        this.stats = new PerVersion<>(kg, g -> DatasetStats.count(g, timeout));
        this.page = page;
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        MediaType type = Negotiation.choose(ctx, Offers.GRAPHS_OR_PAGE);
        DatasetStats s = stats.get();
        if (Negotiation.isHtml(type)) {
            ctx.html(Html.page("About the dataset", page.render(s)));
            return;
        }
        RdfWriter.answer(ctx, DatasetDescription.build(Origin.of(ctx), s, kg.version()), Negotiation.langOf(type));
    }
}
