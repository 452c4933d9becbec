/**
 * Corpus mode as an Apache Spark job ({@link org.verbatim.spark.CorpusJob}): the stages of
 * {@link org.verbatim.corpus} on a cluster, with the same classes, so a story found here is the story the embedded
 * engine finds. Spark is provided by the cluster; this package is built into {@code target/verbatim-spark.jar}
 * only, never into the desktop jar.
 */
package org.verbatim.spark;
