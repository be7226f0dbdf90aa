{# The steps around `dbt build` on an engine that publishes by a pointer (Spark), run as
   operations by jiedao/spark_build.py in the same process as the build:
     prepare_build   drop what earlier builds left (all but the published pair), then copy the
                     raw store's tables (Parquet files jiedao wrote) into the build's raw database;
     publish_build   point <schema>.published_build at the new pair (one view replaced: readers
                     see the old pair or the new one);
     discard_build   drop a failed build's pair.
   DuckDB and PostgreSQL publish otherwise (a file rename, a schema swap): there these raise. #}

{% macro prepare_build(schema, build_schema, raw_schema, raw_dir) %}{{ return(adapter.dispatch('prepare_build', 'jiedao')(schema, build_schema, raw_schema, raw_dir)) }}{% endmacro %}
{% macro publish_build(schema, build_schema, raw_schema, published_at) %}{{ return(adapter.dispatch('publish_build', 'jiedao')(schema, build_schema, raw_schema, published_at)) }}{% endmacro %}
{% macro discard_build(build_schema, raw_schema) %}{{ return(adapter.dispatch('discard_build', 'jiedao')(build_schema, raw_schema)) }}{% endmacro %}

{% macro default__prepare_build(schema, build_schema, raw_schema, raw_dir) %}
    {{ exceptions.raise_compiler_error('prepare_build: ' ~ target.type ~ ' publishes without a pointer') }}
{% endmacro %}
{% macro default__publish_build(schema, build_schema, raw_schema, published_at) %}
    {{ exceptions.raise_compiler_error('publish_build: ' ~ target.type ~ ' publishes without a pointer') }}
{% endmacro %}
{% macro default__discard_build(build_schema, raw_schema) %}
    {{ exceptions.raise_compiler_error('discard_build: ' ~ target.type ~ ' publishes without a pointer') }}
{% endmacro %}

{# The raw source's table names (models/staging/_sources.yml): the tables jiedao exported. #}
{% macro raw_source_tables() %}
    {%- set names = [] -%}
    {%- for node in graph.sources.values() if node.source_name == 'raw' -%}
        {%- do names.append(node.name) -%}
    {%- endfor -%}
    {{ return(names | sort) }}
{% endmacro %}

{# The databases of a Spark catalog whose names start with `prefix`. #}
{% macro spark_databases(prefix) %}
    {%- set found = [] -%}
    {%- for row in run_query('show databases').rows -%}
        {%- if row[0].startswith(prefix) -%}{%- do found.append(row[0]) -%}{%- endif -%}
    {%- endfor -%}
    {{ return(found) }}
{% endmacro %}

{# (build database, raw database) that <schema>.published_build names, or () before the first publish. #}
{% macro spark_published_pair(schema) %}
    {%- if schema not in spark_databases(schema) -%}{{ return(()) }}{%- endif -%}
    {%- set views = run_query("show views in " ~ schema ~ " like 'published_build'") -%}
    {%- if views.rows | length == 0 -%}{{ return(()) }}{%- endif -%}
    {%- set row = run_query('select build_schema, raw_schema from ' ~ schema ~ '.published_build').rows[0] -%}
    {{ return((row[0], row[1])) }}
{% endmacro %}

{% macro spark__prepare_build(schema, build_schema, raw_schema, raw_dir) %}
    {%- set published = spark_published_pair(schema) -%}
    {%- for name in spark_databases(schema ~ '_build_') + spark_databases(schema ~ '_rawbuild_') -%}
        {%- if name not in published -%}
            {%- do run_query('drop database if exists ' ~ name ~ ' cascade') -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do run_query('create database ' ~ raw_schema) -%}
    {%- for table in raw_source_tables() -%}
        {%- do run_query('create table ' ~ raw_schema ~ '.' ~ table ~ ' using parquet as select * from parquet.`'
                         ~ raw_dir ~ '/' ~ table ~ '`') -%}
    {%- endfor -%}
{% endmacro %}

{% macro spark__publish_build(schema, build_schema, raw_schema, published_at) %}
    {%- do run_query('create database if not exists ' ~ schema) -%}
    {%- do run_query('create or replace view ' ~ schema ~ ".published_build as select '" ~ build_schema
                     ~ "' as build_schema, '" ~ raw_schema ~ "' as raw_schema, timestamp '" ~ published_at
                     ~ "' as published_at") -%}
{% endmacro %}

{% macro spark__discard_build(build_schema, raw_schema) %}
    {%- for name in (build_schema, raw_schema) -%}
        {%- do run_query('drop database if exists ' ~ name ~ ' cascade') -%}
    {%- endfor -%}
{% endmacro %}
