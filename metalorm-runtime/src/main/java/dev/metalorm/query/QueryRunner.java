package dev.metalorm.query;

import java.util.List;

/** What a {@link Query} runs on: the session. Internal to the runtime. */
public interface QueryRunner {
    List<Object> list(QuerySpec spec);

    long count(QuerySpec spec);
}
