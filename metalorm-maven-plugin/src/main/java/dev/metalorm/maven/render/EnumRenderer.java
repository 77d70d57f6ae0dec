package dev.metalorm.maven.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.metalorm.annotation.EnumValue;
import dev.metalorm.maven.naming.EnumModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One source per generated enum, beside the entities and with the same generated header and hash (so a hand edit
 * is protected and the file of an enum that is gone is removed):
 *
 * <pre>
 * /** Values of PostgreSQL enum type {&#64;code public.order_status} ... *&#47;
 * public enum OrderStatus {
 *     NEW,
 *
 *     &#64;EnumValue("in progress")
 *     IN_PROGRESS
 * }
 * </pre>
 *
 * Constants come in the database's order; {@code @EnumValue} holds the label wherever it is not the constant's
 * name. With the generation gap an enum is still one generated file: there is nothing to extend.
 */
final class EnumRenderer {
    private EnumRenderer() {
    }

    static RenderedFile render(String generatorVersion, String packageName, EnumModel model, String indent) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(model.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc(model));
        for (EnumModel.Constant constant : model.constants()) {
            TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("");
            if (constant.labelled()) {
                body.addAnnotation(AnnotationSpec.builder(EnumValue.class).addMember("value", "$S", constant.label()).build());
            }
            type.addEnumConstant(constant.name(), body.build());
        }
        String body = JavaFile.builder(packageName, type.build()).indent(indent).skipJavaLangImports(true).build().toString();
        String path = packageName.replace('.', '/') + "/" + model.className() + ".java";
        return new RenderedFile(path, GeneratedHeader.wrapEnum(generatorVersion, model.source(), model.tables(), body));
    }

    private static CodeBlock javadoc(EnumModel model) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (model.values().namedType()) {
            doc.add("Values of PostgreSQL enum type $L, in the type's order.\n",
                    Javadoc.code(model.values().schema() + "." + model.values().typeName()));
        } else {
            doc.add("Values of the ENUM column $L, in the column's order.\n", Javadoc.code(model.columns().get(0).toString()));
        }
        List<String> columns = model.columns().stream().map(c -> Javadoc.code(c.toString())).toList();
        if (model.values().namedType()) {
            doc.add("\n<p>Used by $L.\n", String.join(", ", columns));
        }
        return doc.add("\n<p>A constant stands for its {@code @EnumValue} label, else its name. A value the database holds and"
                + " this enum lacks fails the read naming the column and the value: generate again after the type changes.\n")
                .build();
    }
}
