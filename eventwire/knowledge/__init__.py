"""The project's knowledge tables, read by several stages: the dated actor knowledge base (`kb`)
and the GeoNames gazetteer (`places`). Below every stage, so the name labeler of `nlp` and the
resolver both read them."""
