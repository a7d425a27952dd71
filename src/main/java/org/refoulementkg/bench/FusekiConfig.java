package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Fuseki configuration serving an existing TDB2 directory read-only at {@code /ds/sparql}, with the union
 * of the named graphs as the default graph (as our server has it) and a query timeout.
 */
final class FusekiConfig {
    private FusekiConfig() {}

    static Path write(Path file, Path tdb2Directory, long timeoutMillis) {
        String ttl = """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

                [] rdf:type fuseki:Server ;
                   ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .

                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(timeoutMillis, tdb2Directory.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\""));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ttl, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
