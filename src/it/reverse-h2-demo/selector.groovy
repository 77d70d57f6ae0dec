// Disabled on the render branch: ReversePipeline.standard() is wired when the introspect and
// infer/naming branches are merged. Delete this file at merge to run the end-to-end demo.
return false
