/**
 * Corpus mode: thousands of articles grouped into stories, each story compared by the unchanged engine
 * ({@link org.verbatim.core.Pipeline#compare}), and the quote groups that travel from one story into another
 * linked. Pure data and files, like {@code core}: no JavaFX, no SQL. The command line ({@code cli.CorpusCommand})
 * and the Spark job ({@code org.verbatim.spark}) drive the same stages.
 *
 * <ol>
 *   <li>{@link org.verbatim.corpus.Sketcher}: an article's word shingles (narrative and quoted apart) and a
 *       MinHash signature of them;</li>
 *   <li>{@link org.verbatim.corpus.StoryGrouper}: candidate pairs from locality-sensitive hashing of the
 *       signatures and from shared quotations, confirmed by {@link org.verbatim.corpus.GroupingSettings#confirms},
 *       within a date window; the stories are the connected groups;</li>
 *   <li>{@link org.verbatim.corpus.CorpusEngine}: reads, sketches, groups, then compares story by story in
 *       parallel, holding only the stories in flight;</li>
 *   <li>{@link org.verbatim.corpus.QuoteLinker}: quote groups of different stories that render one utterance.</li>
 * </ol>
 */
package org.verbatim.corpus;
