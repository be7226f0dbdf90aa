{# The project's own spark__ versions of dbt's dispatched macros (dispatch looks in the root
   project first): what dbt-spark does differently from the other adapters in a way the models
   would notice. #}

{# Seeds' column types are written once, in dbt_project.yml, as DuckDB and PostgreSQL spell them
   (varchar, double precision). Spark has no varchar without a length and no "double precision":
   there dbt-spark's seed macros (which take the types as written, dispatched in the dbt
   namespace, so the project's spark__ versions win) get them respelled first — string, double —
   and then do what they always do. #}

{% macro spark_seed_types(model) %}
    {%- set spelled = {'varchar': 'string', 'double precision': 'double'} -%}
    {%- set types = model['config'].get('column_types', {}) -%}
    {%- for column, kind in types.items() -%}
        {%- do types.update({column: spelled.get(kind | lower, kind)}) -%}
    {%- endfor -%}
{% endmacro %}

{% macro spark__create_csv_table(model, agate_table) %}
    {%- do spark_seed_types(model) -%}
    {{ return(dbt.spark__create_csv_table(model, agate_table)) }}
{% endmacro %}

{# dbt-spark's session method binds each seed value as '<value>': a NULL arrives as the text
   'None', a quote or backslash breaks the statement. Here the values are written as literals:
   null, true/false, or a string literal (Spark's escapes for \ and ') cast to the column type. #}
{% macro spark_seed_literal(value) -%}
    {%- if value is none -%}null
    {%- elif value is sameas true -%}true
    {%- elif value is sameas false -%}false
    {%- else -%}'{{ (value | string) | replace('\\', '\\\\') | replace("'", "\\'") }}'
    {%- endif -%}
{%- endmacro %}

{% macro spark__load_csv_rows(model, agate_table) %}
    {%- do spark_seed_types(model) -%}
    {%- set column_override = model['config'].get('column_types', {}) -%}
    {%- set statements = [] -%}
    {%- for chunk in agate_table.rows | batch(get_batch_size()) -%}
        {%- set sql -%}
            insert into {{ this.render() }} values
            {% for row in chunk -%}
                ({%- for column in agate_table.column_names -%}
                    {%- set kind = column_override.get(column, adapter.convert_type(agate_table, loop.index0)) -%}
                    cast({{ spark_seed_literal(row[loop.index0]) }} as {{ kind }}){{ ', ' if not loop.last }}
                {%- endfor -%}){{ ',' if not loop.last }}
            {% endfor -%}
        {%- endset -%}
        {%- do adapter.add_query(sql, abridge_sql_log=True) -%}
        {%- if loop.first -%}{%- do statements.append(sql) -%}{%- endif -%}
    {%- endfor -%}
    {{ return(statements[0] if statements else '') }}
{% endmacro %}

{# dbt-spark's listagg drops the order ("order_by_clause is not supported"), so a list of codes
   would come out in whatever order the rows arrived. Here the values are collected with their
   sort key and sorted (binary order, as DuckDB's): `order by <one expression>` ascending only.
   No value gives NULL, as elsewhere (not an empty text). #}
{% macro spark__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
    {%- if limit_num -%}{{ exceptions.raise_compiler_error('listagg: limit_num is not supported on Spark') }}{%- endif -%}
    {%- if order_by_clause -%}
        {%- set key = order_by_clause | trim -%}
        {%- if not key.lower().startswith('order by ') or ',' in key or key.lower().endswith(' desc') -%}
            {{ exceptions.raise_compiler_error('listagg on Spark takes one ascending order expression, not: ' ~ order_by_clause) }}
        {%- endif -%}
        {%- set key = key[9:] -%}
    {%- else -%}
        {%- set key = measure -%}
    {%- endif -%}
    case when count({{ measure }}) = 0 then null else array_join(transform(array_sort(collect_list(
        case when {{ measure }} is not null then struct({{ key }} as sort_key, {{ measure }} as listed) end)),
        entry -> entry.listed), {{ delimiter_text }}) end
{%- endmacro %}
