/**
 * Memoizes a computation over a (reference, translation) pair of documents: each pair is computed
 * once per run, and forgotten with the documents.
 */
export function memoizePair(compute) {
    const results = new WeakMap();
    return (reference, translation) => {
        let byTranslation = results.get(reference);
        if (!byTranslation) {
            byTranslation = new WeakMap();
            results.set(reference, byTranslation);
        }
        let result = byTranslation.get(translation);
        if (result === undefined) {
            result = compute(reference, translation);
            byTranslation.set(translation, result);
        }
        return result;
    };
}
