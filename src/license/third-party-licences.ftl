<#-- The bundled libraries for Help → About, one line per library and licence, tab-separated:
     name, groupId:artifactId, version, licence name, licence URL (empty when the POM gives none).
     The available context: dependencyMap, entries of a dependency (a MavenProject) and its licence names. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
<#if p.licenses?has_content>
<#list p.licenses as l>
${p.name!p.artifactId}	${p.groupId}:${p.artifactId}	${p.version}	${l.name!"unnamed"}	${l.url!""}
</#list>
<#else>
<#list e.getValue() as l>
${p.name!p.artifactId}	${p.groupId}:${p.artifactId}	${p.version}	${l}	
</#list>
</#if>
</#list>
