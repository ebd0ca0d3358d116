# writer europe, part 04. Each item written by hand.
ITEMS = [
(0, "summarization", "es", "before", "prose", "EU-es-p01", """Resúmeme esta noticia en tres frases, que la quiero pasar al grupo del curro:

BARCELONA – Miles de usuarios de Rodalies sufrieron ayer retrasos de hasta dos horas después de que un robo de cable de cobre cerca de la estación de Montcada i Reixac dejara sin señalización varias líneas durante toda la mañana. Las líneas R2, R3 y R4 fueron las más afectadas, y en algunas estaciones los trenes circularon con paso restringido a menos de 30 kilómetros por hora. Adif explicó que los técnicos no pudieron iniciar la reparación hasta las nueve, cuando se garantizó la seguridad de la zona, y que el servicio no se normalizó por completo hasta primera hora de la tarde. Es el cuarto robo de cable en lo que va de año en el área metropolitana. La Generalitat ha vuelto a reclamar el traspaso completo de Rodalies y más inversión en mantenimiento, mientras que el Ministerio de Transportes asegura que el plan de modernización ya ha adjudicado obras por valor de 600 millones de euros. Las asociaciones de usuarios han anunciado una concentración para el próximo jueves frente a la estación de Sants y piden compensaciones automáticas para los abonados."""),
(1, "open_qa", "es", "none", "none", "EU-es-p01", """resumido: ¿por qué Rodalies en Cataluña funciona tan mal comparado con el Cercanías de Madrid?"""),
(0, "classification", "es", "after", "reviews", None, """1. "La hamburguesa llegó fría y sin la salsa que pedí."
2. "Riquísimo todo y el repartidor un encanto 👌"
3. "Normalito, nada del otro mundo."
4. "Tardaron 1h 20min. Eso sí, la pizza estaba buenísima."
5. "Me cobraron dos veces y nadie responde en el chat. Fatal."

clasifica cada reseña como positiva, negativa, neutra o mixta"""),
(1, "creative_writing", "es", "none", "none", None, """escríbeme un poema corto sobre el levante en Tarifa, que se note el viento"""),
(1, "general_qa", "es", "none", "none", None, """Queremos hacer una ruta de 5 días por Asturias en coche en septiembre con nuestro perro (un labrador). ¿Qué ruta nos recomiendas, qué playas admiten perros y dónde dormir sin gastarnos un dineral?"""),
(0, "classification", "es", "before", "email", None, """¿Es una estafa o es real? Responde solo con una palabra.

"DGT: Tiene una sanción de tráfico pendiente de pago por importe de 50,00 EUR. Evite el recargo abonándola antes de 48h en: dgt-multas-pago.es/consulta" """),
(1, "open_qa", "es", "none", "none", None, """¿Por qué me retienen tanto IRPF en la nómina si cobro poco? ¿Cómo se calcula ese porcentaje?"""),
(0, "summarization", "es", "after", "chat", "EU-es-p02", """[Comunidad Calle Olivo 23 🏢]
Paco 1ºA: Buenas, ¿alguien sabe cuándo abren la piscina este año?
Presidenta (Marisa 3ºB): El administrador dice que el 15 de junio, pero hay que arreglar el vaso antes, tiene grietas
Luis 2ºC: ¿Y quién paga eso?
Presidenta: El presupuesto es de 7.800 €, habría que hacer una derrama de unos 325 € por vivienda
Luis 2ºC: ¿325€? Yo ni uso la piscina
Carmen 4ºA: Ni yo, pero es de todos, Luis
Paco 1ºA: ¿Y el fondo de reserva?
Presidenta: Quedan 2.100 €, no llega. Se podría usar y dejar la derrama en unos 235 €
Javi 1ºB: Propongo pedir dos presupuestos más, 7.800 me parece mucho
Luis 2ºC: Y que se pueda pagar en dos plazos
Presidenta: Vale, convoco junta extraordinaria el jueves 16 a las 20h en el portal, traed ideas
Carmen 4ºA: ¿Y el socorrista? El año pasado faltó varios días
Presidenta: Lo hablamos también en la junta

llevo una semana fuera y hay 90 mensajes, ¿me haces un resumen?"""),
(1, "general_qa", "es", "after", "chat", "EU-es-p02", """[Comunidad Calle Olivo 23 🏢]
Presidenta (Marisa 3ºB): El presupuesto para arreglar el vaso de la piscina es de 7.800 €, habría que hacer una derrama de unos 325 € por vivienda
Luis 2ºC: ¿325€? Yo ni uso la piscina
Carmen 4ºA: Ni yo, pero es de todos, Luis
Paco 1ºA: ¿Y el fondo de reserva?
Presidenta: Quedan 2.100 €, no llega
Javi 1ºB: Propongo pedir dos presupuestos más, 7.800 me parece mucho
Luis 2ºC: Y que se pueda pagar en dos plazos

Soy Marisa, la presidenta. Es mi primer año y no quiero que la junta del jueves acabe a gritos como siempre. ¿Cómo la preparo? ¿Qué propuestas llevo para que se apruebe algo razonable? ¿Puede un vecino negarse a pagar la derrama si no usa la piscina?"""),
(0, "classification", "es", "before", "list", None, """¿cuáles son comunidades autónomas? Murcia, Bilbao, Aragón, Sevilla, Cantabria, Vigo"""),
(1, "creative_writing", "es", "none", "none", None, """Necesito un discurso para la boda de mi mejor amigo, Dani. Se casa con Lucía, se conocieron en un festival en Benicàssim bajo una tormenta. Él es un desastre con los horarios, llegó tarde hasta a su propia pedida. Unos 3 minutos, divertido pero que al final emocione."""),
(0, "summarization", "es", "before", "transcript", None, """Hazme el acta de esta reunión: acuerdos, tareas con responsable y fecha, y temas pendientes. Formal pero breve.

Transcripción – Reunión del Departamento de Lengua Castellana, IES, martes 16:30

Jefa de departamento (Rosa): Buenas tardes, estamos todos menos Andrés, que está con la excursión de 2º. Tenemos cuatro puntos: las lecturas obligatorias del segundo trimestre, el plan de mejora de la comprensión lectora, la coordinación con el departamento de Inglés para el proyecto bilingüe y los resultados de la primera evaluación.
Rosa: Empezamos por las lecturas. En 1º de ESO proponemos mantener "Manolito Gafotas". En 3º teníamos "El Lazarillo" adaptado, pero varios compañeros dicen que los alumnos se pierden.
Elena: Sí, yo lo he notado muchísimo. Propongo leer fragmentos en clase y como lectura completa algo actual, por ejemplo "La lección de August".
Jorge: Pero el Lazarillo es currículo, no lo podemos quitar sin más.
Rosa: Podemos hacer lo que dice Elena: el Lazarillo en fragmentos trabajados en el aula y una lectura completa contemporánea. ¿De acuerdo? ... Vale, se aprueba. Elena, ¿preparas tú la selección de fragmentos para la semana que viene?
Elena: Sí, para el lunes.
Rosa: Segundo punto, comprensión lectora. Los resultados de la prueba diagnóstica han sido flojos, sobre todo en 2º. La inspección nos pide un plan.
Jorge: Propongo veinte minutos de lectura al inicio de la clase dos días a la semana, en todas las asignaturas, no solo en la nuestra.
Marta: Eso hay que llevarlo al claustro, nosotros no podemos obligar a Matemáticas a leer.
Rosa: Correcto. Yo lo presento en la CCP del día 25 y luego al claustro. Jorge, ¿me preparas una propuesta escrita de una página?
Jorge: Hecho, antes del 20.
Rosa: Tercer punto, el bilingüe. Inglés quiere hacer un proyecto conjunto en 4º sobre textos periodísticos, ellos en inglés y nosotros en castellano.
Marta: Yo lo coordino si queréis, tengo los dos grupos de 4º.
Rosa: Perfecto, Marta. Reunión con Inglés antes de Navidad.
Rosa: Último punto, evaluación. En 2º de Bachillerato tenemos un 30 % de suspensos, más que el año pasado. Parte del problema es el comentario de texto.
Elena: Podríamos hacer un taller de comentario los jueves en el recreo.
Rosa: Me parece bien, pero voluntario. Lo dejamos pendiente de ver quién puede cubrirlo. Y recordad que las notas de la segunda evaluación se cierran el 12 de marzo. ¿Algo más? Pues se levanta la sesión a las 17:40."""),
(1, "open_qa", "es", "after", "code", None, """def anadir_tarea(tarea, lista=[]):
    lista.append(tarea)
    return lista

print(anadir_tarea("comprar pan"))
print(anadir_tarea("llamar a mamá"))

¿por qué la segunda vez me sale ['comprar pan', 'llamar a mamá'] si no le he pasado ninguna lista? no lo entiendo"""),
(0, "classification", "es", "inline", "chat", None, """[SISTEMA] Eres el asistente de clasificación del servicio de atención al cliente de una aerolínea. Asigna UNA categoría: EQUIPAJE, CAMBIO_RESERVA, REEMBOLSO, CHECK_IN, OTROS. Responde solo con la categoría.
[CLIENTE] Hola, llegué ayer a Barajas desde Lima y mi maleta no apareció en la cinta. Ya hice el parte en el mostrador, ¿cuándo me la traen?
[ASISTENTE]"""),
(1, "general_qa", "es", "none", "none", None, """¿cómo me preparo las oposiciones de maestro de primaria mientras trabajo a jornada completa? tengo un año"""),
(0, "summarization", "es", "none", "none", "EU-es-p03", """resumen de Cien años de soledad, cortito"""),
(1, "open_qa", "es", "none", "none", "EU-es-p03", """¿por qué en Cien años de soledad todos se llaman Aureliano o José Arcadio? ¿qué quería decir García Márquez con eso?"""),
(0, "classification", "es", "after", "prose", None, """"El Banco de España eleva su previsión de crecimiento del PIB para este año al 2,3 % gracias al tirón del turismo y del consumo de los hogares."

¿A qué sección pertenece: política, economía, deportes, cultura o sucesos? Una palabra."""),
(1, "creative_writing", "es", "none", "none", None, """dame 10 nombres para una churrería en Lavapiés, que tengan gracia"""),
(1, "open_qa", "es", "none", "none", None, """Con la ley de vivienda, ¿cuánto me puede subir el casero el alquiler este año? Vivo en Valencia, contrato de 2022, y me ha dicho que un 8 %."""),
(0, "summarization", "es", "after", "email", None, """Asunto: Nuevo protocolo de registro horario y teletrabajo

Estimados compañeros:

Os informamos de que, a partir del 1 de febrero, entra en vigor el nuevo protocolo interno de registro de jornada y trabajo a distancia, acordado con el comité de empresa. Estos son los cambios principales. El fichaje deberá realizarse obligatoriamente a través de la aplicación corporativa tanto al inicio como al final de la jornada, y también en las pausas superiores a 30 minutos; el fichaje en papel desaparece. Se podrá teletrabajar hasta dos días por semana, que deberán solicitarse al responsable del equipo con al menos una semana de antelación. Los miércoles serán día presencial para todos los departamentos. La empresa abonará una compensación de 40 euros mensuales brutos en concepto de gastos por teletrabajo, proporcional a los días trabajados en remoto. Se reconoce expresamente el derecho a la desconexión digital fuera del horario laboral, salvo en los casos de guardia previamente pactados. Por último, quienes tengan hijos menores de 12 años o personas dependientes a su cargo podrán solicitar un tercer día de teletrabajo.

Para cualquier duda, podéis dirigiros al departamento de Personas.

Un saludo,
Recursos Humanos

¿qué cambia para mí en la práctica? en 4 puntos"""),
(1, "general_qa", "es", "none", "none", None, """Tengo 31 años y 15.000 € ahorrados en una cuenta que no da nada. ¿Letras del Tesoro, depósito o un fondo indexado? Quiero poder usar parte para la entrada de un piso en unos 4 años."""),
(0, "classification", "es", "before", "list", None, """¿cuáles NO son quesos? manchego, tetilla, morcilla, cabrales, fabada, idiazábal"""),
(1, "creative_writing", "es", "before", "none", None, """Escribe un cuento infantil siguiendo estas reglas:
1. El protagonista es un lince ibérico pequeño llamado Tomillo que vive en Doñana.
2. Tomillo no sabe cazar porque le da miedo el ruido de las hojas secas.
3. Durante una sequía, los animales del parque tienen que encontrar una charca escondida y Tomillo, gracias a su oído tan fino, es quien la encuentra.
4. Máximo 400 palabras, frases cortas, vocabulario para niños de 5 a 7 años.
5. Incluye una frase que se repita tres veces para que los niños la digan conmigo.
6. Nada de moraleja explícita al final.
7. Título arriba y sin emojis.
8. Que aparezca al menos una cigüeña y un flamenco, porque en clase estamos estudiando las aves de Andalucía.
Lo voy a leer en voz alta en mi clase de primero de primaria, así que tiene que sonar bien al leerlo."""),
(0, "summarization", "es", "before", "reviews", "EU-es-p04", """Resúmeme los puntos fuertes y débiles de nuestra casa rural según estas opiniones, para comentarlo con mi socio:

- "Entorno espectacular, en plena Sierra de Gredos, silencio absoluto. La cocina está muy bien equipada. Las camas, algo duras."
- "Los dueños encantadores, nos dejaron huevos de sus gallinas y mermelada casera. El wifi no funcionaba casi nunca."
- "La chimenea es una maravilla, pero la calefacción del piso de arriba no calentaba lo suficiente y pasamos frío de noche."
- "Limpieza impecable. El último kilómetro de camino es de tierra y con el coche bajo lo pasamos mal."
- "Ideal para ir con niños, hay columpios y un huerto donde pueden coger tomates. Faltan mosquiteras en las ventanas."
- "Wifi inexistente, y en la zona tampoco hay cobertura de móvil, avisad en el anuncio."
- "Casa preciosa de piedra, muy bien decorada. El baño pequeño para ocho personas." """),
(1, "general_qa", "es", "before", "reviews", "EU-es-p04", """Tenemos una casa rural en la Sierra de Gredos (capacidad 8 personas) y en las opiniones se repite esto:
- "El wifi no funcionaba casi nunca."
- "La calefacción del piso de arriba no calentaba lo suficiente y pasamos frío de noche."
- "Faltan mosquiteras en las ventanas."
- "El baño pequeño para ocho personas."
Este invierno tenemos unos 12.000 € para invertir. ¿Por dónde empezarías para que se note en las reservas y en la nota de Booking? ¿Merece la pena hacer un segundo baño con ese dinero o mejor otras cosas?"""),
(1, "open_qa", "es", "none", "none", None, """¿por qué en España cenamos tan tarde? ¿es verdad lo del huso horario de Franco?"""),
(0, "classification", "es", "after", "prose", None, """"Buenas, pedí unas zapatillas del 42 y me han llegado del 44. ¿Cómo hago para cambiarlas?"

intención: devolución, cambio, reclamación o estado del pedido"""),
(0, "classification", "es", "before", "list", None, """¿cuál sobra? Ebro, Duero, Tajo, Guadalquivir, Albufera"""),
(1, "creative_writing", "es", "none", "none", None, """canción cortita para que los peques de 3 años recojan los juguetes, con rima"""),
(1, "general_qa", "es", "none", "none", None, """Un compañero me interrumpe en todas las reuniones y luego repite mis ideas como si fueran suyas. No es mi jefe. ¿Cómo lo freno sin parecer borde? Trabajo en una consultora en Madrid."""),
(0, "summarization", "es", "before", "notes", None, """ordena y resume estos apuntes en un párrafo que se entienda, para el examen de Historia de 2º de Bachillerato:

transición española 1975-1982. muere franco 20 nov 1975 -> juan carlos I rey. arias navarro sigue, no reforma de verdad -> 1976 adolfo suárez presidente. ley para la reforma política 1976 (las cortes franquistas se "hacen el harakiri"), referéndum dic 76. 1977 legalización PCE (semana santa), matanza atocha enero 77. elecciones 15 junio 1977 -> UCD gana. pactos de la moncloa (economía, inflación 25%). constitución 1978, referéndum 6 dic. 23-F 1981 golpe tejero, rey en TV. 1982 gana PSOE felipe gonzález = fin transición (para muchos historiadores)."""),
(1, "open_qa", "es", "none", "none", None, """¿por qué Gibraltar sigue siendo británico?"""),
(0, "summarization", "es", "after", "story", None, """Cuando murió mi tía Maruxa, nadie en la familia quiso quedarse con el bar. Era un local pequeño en el puerto de Cangas, con seis mesas de formica, una barra de mármol rayada y un cartel de Estrella Galicia al que le faltaba la segunda e desde antes de que yo naciera. Mis primos querían venderlo a una cadena de pulperías que ya había comprado medio paseo marítimo. Yo tenía treinta y cuatro años, un contrato temporal en una agencia de seguros de Vigo y ninguna idea de cómo se tira una caña.

Fui a vaciarlo un sábado de noviembre, con lluvia fina y cajas de cartón. Pensaba tardar una tarde. Tardé tres semanas.

Detrás de la cafetera, en una caja de galletas danesas, encontré cuarenta y dos cartas. Todas dirigidas a mi tía, todas con sellos de Venezuela, todas firmadas por un tal Ramón. La primera era de 1968; la última, de 2019, tres meses antes de que ella enfermara. No eran cartas de amor, o no exactamente. Hablaban del tiempo, del precio del pescado en Caracas, de un perro que se llamaba Lobo, de una hija que estudiaba Medicina. Pero en todas, al final, había la misma frase: "¿Sigue abierta la puerta?".

Pregunté a los viejos que seguían viniendo cada mañana a tomar el café, porque aunque el bar estaba cerrado yo dejaba la persiana a medias y ellos entraban igual, como si nada. Don Xosé, que había sido marinero, se quedó callado mucho rato. Luego me contó que Ramón era su compañero de barco, que se marchó a América en el 67 con la promesa de volver a por Maruxa y que nunca volvió. Que ella no se casó con nadie. Que cada noche, al cerrar, dejaba la puerta del almacén sin llave. "Por si acaso", decía, y todos se reían de ella.

Encontré a la hija de Ramón en internet en veinte minutos. Era pediatra en Madrid. Le escribí sin saber muy bien qué decir. Me contestó a los dos días: su padre había muerto el año anterior. En su mesilla había una foto de un bar con un cartel al que le faltaba una letra.

No vendí el bar. Aún no sé si fue una buena decisión: los números no salen todos los meses y he aprendido a tirar cañas a base de derramar muchas. Pero he arreglado el cartel, salvo la e, que he dejado como estaba. Y cada noche, al cerrar, dejo la puerta del almacén sin llave.

Resúmeme este relato en unas 80 palabras para un club de lectura, sin destripar del todo el final."""),
(0, "summarization", "es", "before", "email", "EU-es-p05", """Me ha llegado esto de Hacienda, ¿me lo resumes en cristiano? No entiendo nada:

AGENCIA TRIBUTARIA
Requerimiento de documentación – Impuesto sobre la Renta de las Personas Físicas, ejercicio 2022

Muy señor/a mío/a:
En relación con la declaración del IRPF correspondiente al ejercicio 2022, presentada por usted, y en el marco de un procedimiento de comprobación limitada iniciado mediante la presente comunicación, se le requiere para que aporte la siguiente documentación en el plazo de diez días hábiles contados a partir del día siguiente a la recepción del presente escrito:
1. Justificantes de las cantidades satisfechas por el alquiler de su vivienda habitual, por las que ha aplicado la deducción autonómica por arrendamiento (importe declarado: 5.400 euros).
2. Copia del contrato de arrendamiento y acreditación del depósito de la fianza en el organismo autonómico competente.
3. Justificantes de las aportaciones a planes de pensiones reducidas en la base imponible.
La documentación podrá presentarse a través de la sede electrónica de la Agencia Tributaria, en el apartado "Contestar requerimiento o presentar documentación relacionada con notificaciones", mediante certificado electrónico, DNI electrónico o sistema Cl@ve.
La falta de atención del presente requerimiento podrá constituir infracción tributaria, de acuerdo con lo dispuesto en el artículo 203 de la Ley 58/2003, General Tributaria.
Atentamente,
La Jefa de la Unidad de Gestión"""),
(1, "general_qa", "es", "before", "email", "EU-es-p05", """Me ha llegado un requerimiento de Hacienda:

"...se le requiere para que aporte en el plazo de diez días hábiles: 1. Justificantes de las cantidades satisfechas por el alquiler de su vivienda habitual, por las que ha aplicado la deducción autonómica por arrendamiento (importe declarado: 5.400 euros). 2. Copia del contrato de arrendamiento y acreditación del depósito de la fianza en el organismo autonómico competente."

El problema es que pagaba el alquiler en efectivo, la casera no quería transferencias, y no sé si ella depositó la fianza. Tengo el contrato firmado, eso sí, y algunos recibos escritos a mano. ¿Qué hago? ¿Me van a quitar la deducción? ¿Me compensa hablar con un gestor o lo contesto yo por la sede electrónica?"""),
(0, "classification", "es", "after", "list", None, """Tuits de ayer durante el derbi:

1. "Ese penalti no lo ve ni el VAR ni mi abuela. ¡Viva er Betis manque pierda!"
2. "Qué partidazo, da gusto ver a dos equipos andaluces así."
3. "Nervión es una fiesta, hoy ganamos sí o sí ❤️🤍"
4. "A ver si el Sevilla espabila, llevamos 3 derbis sin ganar."
5. "Verdiblanco hasta la muerte, esto es un robo."
6. "Soy del Madrid pero hay que reconocer que el ambiente en el Villamarín es brutal."
7. "Nuestro portero nos ha salvado otra vez. Grande, Bono... digo, el de ahora jaja. Sevillista de cuna."
8. "El árbitro ha sido malo para los dos, que no se quejen."
9. "Sin Joaquín esto ya no es lo mismo, pero las trece barras siempre."
10. "Gol en el 94, los palanganas llorando otra vez 😂"

Clasifica cada tuit según quién lo escribe: aficionado del BETIS, del SEVILLA o NEUTRAL. Solo número y etiqueta."""),
(1, "open_qa", "es", "before", "prose", None, """En la escritura de mi hipoteca (firmada en 2009) aparece esto:

"CLÁUSULA TERCERA BIS. Límites a la variación del tipo de interés. No obstante lo previsto en los apartados anteriores, el tipo de interés aplicable no podrá ser, en ningún caso, inferior al 3,25 % nominal anual ni superior al 12 % nominal anual."

"CLÁUSULA QUINTA. Gastos. Serán de cuenta exclusiva de la parte prestataria todos los gastos de notaría, registro, gestoría e impuestos derivados del otorgamiento de la presente escritura, así como los de su posterior cancelación."

¿Esto es lo que llaman cláusula suelo? ¿Es abusiva? Y lo de los gastos, ¿se puede reclamar todavía o ya ha prescrito? He leído cosas contradictorias."""),
(0, "summarization", "es", "before", "transcript", None, """Resume en cinco frases este fragmento de una tertulia de radio:

"...a ver, yo lo que digo es que en Mallorca ya no cabemos. Este verano hemos tenido días con más de dos millones de personas en la isla. Los vecinos de Palma no pueden alquilar un piso porque todo se ha ido a alquiler turístico, y los que trabajan en hostelería viven en caravanas, literalmente, en parkings. —Bueno, pero el turismo es el 45 % del PIB de Baleares, no podemos decir que sobra el turismo sin más. —Yo no digo que sobre el turismo, digo que sobra el modelo. Cruceros que descargan diez mil personas en una mañana, que no duermen aquí y apenas gastan. —El Govern ya ha limitado las plazas turísticas y hay una ecotasa. —La ecotasa son cuatro euros por noche, eso no disuade a nadie que se gasta tres mil en una semana. Y lo recaudado, ¿dónde va? Hay que invertir en vivienda para residentes y en depuradoras, que en agosto los emisarios revientan. —O sea, que lo que pides es decrecer. —Lo que pido es que el que vive aquí todo el año pueda seguir viviendo aquí..." """),
(1, "creative_writing", "es", "after", "notes", None, """Datos para el pregón:
- pueblo: Villanueva del Río, en la Vega, unos 2.300 habitantes
- fiestas en honor a la Virgen de la Encina, segunda semana de septiembre
- cosas típicas: la carrera de cintas a caballo, la paella gigante del sábado, la verbena con la orquesta que siempre toca "Paquito el chocolatero" a las 4 de la mañana
- este año se cumplen 100 años de la banda de música municipal
- el pregonero soy yo: hijo del pueblo, médico en Madrid desde hace 20 años, vuelvo todos los veranos
- quiero recordar a mi abuela Encarna, que hacía los roscos para la procesión
- quiero un guiño a los que se fueron a trabajar fuera y a los que se han quedado a mantener el pueblo vivo
- tono: emotivo pero con humor, que la gente se ría y que alguna abuela llore

Escríbeme el pregón de fiestas, unos 5 minutos leído, terminando con un "¡Viva la Virgen de la Encina y viva Villanueva!"."""),
(0, "classification", "es", "before", "transcript", None, """Lee este chat de atención al cliente y clasifica: ¿se resolvió el problema? (SÍ/NO) y emoción final del cliente (satisfecho/neutral/enfadado).

Agente: Hola, soy Nerea de atención al cliente, ¿en qué puedo ayudarte?
Cliente: hola, me ha llegado una factura de la luz de 287 euros, normalmente pago 70
Agente: Vaya, lo siento. ¿Me indicas tu CUPS o el DNI del titular?
Cliente: te paso el DNI por privado
Agente: Gracias. Veo que esta factura se ha emitido con lectura estimada, porque el contador no envió datos durante dos meses.
Cliente: ¿y eso es culpa mía?
Agente: No, es una incidencia de comunicación del contador. Ya tenemos la lectura real de ayer y la factura correcta sería de 81,40 euros.
Cliente: ¿y qué pasa con la de 287? me la van a cobrar el día 5
Agente: He anulado esa factura y he emitido la rectificativa. El recibo del día 5 ya no se pasará; te cobraremos los 81,40 euros el día 12.
Cliente: vale, perfecto. muchas gracias Nerea, me habías dado un susto
Agente: A ti. ¡Que tengas buen día!"""),
(1, "general_qa", "es", "before", "notes", None, """Necesito consejo. Soy profesora interina de Matemáticas en Zaragoza, 33 años. Me acaban de ofrecer una vacante para todo el curso en un instituto de un pueblo de Teruel, a 2 horas de casa. Si la rechazo, paso al final de la lista y puede que no me vuelvan a llamar hasta enero. Si la acepto, tengo que alquilar algo allí (unos 350 €/mes) y solo volvería los fines de semana. Mi pareja trabaja en Zaragoza y estamos intentando tener un hijo. Además, el curso que viene tengo oposiciones y necesito tiempo para estudiar. La experiencia cuenta puntos en la oposición y en la lista. Económicamente lo necesito, mi pareja gana poco.

¿Qué harías tú? ¿Qué cosas debería preguntar o mirar antes de decidir? ¿Hay alguna forma de compatibilizar esto con preparar la oposición?"""),
(0, "summarization", "es", "after", "email", "EU-es-p06", """De: Alberto (Dirección)
Asunto: Mudanza a la nueva oficina de Méndez Álvaro

Hola equipo, confirmado: el viernes 28 es el último día en la oficina de Goya. La mudanza se hace el fin de semana y el lunes 31 empezamos en Méndez Álvaro, planta 6. Cada uno tiene que dejar sus cosas en cajas etiquetadas con nombre y departamento el jueves 27 antes de las 18:00.

De: Sonia
¿Las cajas las trae la empresa de mudanzas?

De: Alberto
Sí, el miércoles por la mañana. Nacho, tú coordinas con IT lo de los equipos.

De: Nacho
Ok. IT pide que nadie desconecte los portátiles de las docking, lo hacen ellos el viernes a las 15:00. Las pantallas se quedan aquí, en la nueva hay nuevas.

De: Lorena
¿Y los tarjeteros de acceso al edificio nuevo?

De: Alberto
Los reparte recepción el lunes a primera hora, traed el DNI. Parking: hay 12 plazas, se asignan por sorteo, Lorena hace el sorteo el martes.

De: Sonia
¿El lunes se puede teletrabajar si no nos da tiempo a montarlo todo?

De: Alberto
No, el lunes todos presencial, a las 10 hay desayuno de bienvenida.

Resúmeme lo que tengo que hacer yo y las fechas, en puntos."""),
(1, "creative_writing", "es", "after", "email", "EU-es-p06", """De: Alberto (Dirección)
Asunto: Mudanza a la nueva oficina de Méndez Álvaro

Hola equipo, confirmado: el viernes 28 es el último día en la oficina de Goya. El lunes 31 empezamos en Méndez Álvaro, planta 6. Parking: hay 12 plazas, se asignan por sorteo, Lorena hace el sorteo el martes. El lunes a las 10 hay desayuno de bienvenida.

Soy Lorena. Escríbeme un correo para todos explicando cómo va a ser el sorteo de las plazas de parking (con algo de humor, tipo bombo de lotería de Navidad), pidiendo que quien venga en bici o transporte público lo diga para no meterlo, y proponiendo que las plazas roten cada trimestre. Breve."""),
(0, "summarization", "es", "after", "code", None, """// calcula el precio final del carrito aplicando cupones y gastos de envío
function calcularTotal(carrito, cupon) {
  let subtotal = carrito.reduce((acc, item) => acc + item.precio * item.cantidad, 0);

  // cupones: porcentaje o importe fijo, nunca por debajo de 0
  if (cupon) {
    if (cupon.tipo === "porcentaje") {
      subtotal = subtotal * (1 - cupon.valor / 100);
    } else if (cupon.tipo === "fijo") {
      subtotal = Math.max(0, subtotal - cupon.valor);
    }
  }

  // envío gratis a partir de 50 euros, si no 4,95
  const envio = subtotal >= 50 ? 0 : 4.95;

  // IVA del 21 % sobre subtotal + envío
  const total = (subtotal + envio) * 1.21;
  return Math.round(total * 100) / 100;
}

module.exports = { calcularTotal };

¿me explicas en tres frases qué hace esta función? es para la documentación del proyecto"""),
(1, "open_qa", "es", "before", "notes", None, """Mi hijo de 2 años y medio se ha despertado esta noche con una tos muy rara, como un ladrido de perro o de foca, y al respirar hacía un ruido agudo. Estaba ronco. Lo saqué al balcón al aire frío y se calmó un poco. Tiene 38,2 de fiebre. Esta mañana está mejor pero sigue con la tos perruna. Va a la guardería y ahí hay muchos resfriados.

¿Qué puede ser? ¿Es grave? ¿Cuándo tengo que ir a urgencias y cuándo basta con el pediatra del centro de salud?"""),
(0, "classification", "es", "after", "list", None, """Mensajes recibidos en el Buzón Ciudadano del Ayuntamiento esta semana:

1. "Los contenedores de la calle San Roque llevan cinco días sin vaciar, el olor es insoportable."
2. "El semáforo del cruce de la avenida de Andalucía con la calle Real está siempre en ámbar intermitente desde la tormenta."
3. "Los vecinos del bajo del número 14 de la plaza Mayor ponen música hasta las tres de la mañana todos los fines de semana."
4. "Los columpios del parque de la Alameda tienen tornillos sueltos, mi hija se ha hecho un corte."
5. "¿Cuándo abren el plazo para inscribirse en la escuela de verano municipal?"
6. "Hay coches aparcados en doble fila todas las mañanas delante del colegio, los autobuses no pueden pasar."
7. "Excrementos de perro por todas partes en el paseo del río, ¿no hay multas?"
8. "La terraza del bar de la esquina tiene las mesas hasta la una, con gritos y ruido de sillas arrastrándose."
9. "El césped del parque de los Pinos está seco, los aspersores no funcionan desde junio."
10. "Solicito información sobre la bonificación del IBI para familias numerosas."
11. "En la calle Olivo hay una farola caída desde hace dos semanas."
12. "Las papeleras de la plaza de la Iglesia están desbordadas cada lunes después del mercadillo."
13. "Han pintado un carril bici en la avenida pero los coches lo usan para aparcar."
14. "Un perro ladra día y noche en el patio del número 7 de la calle Mayor, creo que está solo."
15. "Los bancos del parque infantil están rotos y las fuentes no tienen agua."
16. "El autobús de la línea 3 nunca pasa a su hora, esperamos hasta 40 minutos."
17. "Quiero felicitar al equipo de limpieza por lo bien que dejaron el centro después de la feria."
18. "Las obras de la calle Ancha empiezan a las siete de la mañana con martillos neumáticos, incluso el sábado."
19. "Han quitado el paso de peatones frente al centro de salud y los mayores cruzan por cualquier sitio."
20. "¿Dónde puedo tirar un colchón viejo? No quiero dejarlo en la calle."
21. "El estanque del parque grande tiene el agua verde y hay peces muertos."
22. "Motos haciendo carreras por la circunvalación todas las noches, a más de 120."
23. "Quiero proponer que se planten más árboles en la plaza del mercado, en verano no hay sombra."
24. "Un local de la calle Nueva tiene un extractor que hace un ruido horrible las 24 horas."
25. "Los operarios dejaron arena y vallas en la acera después de arreglar una tubería y nadie las recoge."

Clasifica cada mensaje en una de estas áreas: LIMPIEZA, TRÁFICO Y MOVILIDAD, RUIDO, PARQUES Y JARDINES, OTROS. Formato "número – área", sin explicaciones."""),
(0, "summarization", "es", "after", "prose", None, """La España que se queda sin voz

Hace unos años, hablar de la "España vaciada" parecía cosa de estadísticos y de algún reportaje dominical con fotos en blanco y negro de casas abandonadas. Hoy es un término que ha llegado al Congreso, que ha dado nombre a plataformas electorales y que aparece en todos los discursos de investidura. Y, sin embargo, si uno recorre las carreteras de Soria, de Teruel, del interior de Zamora o de la Serranía de Cuenca, la sensación es que poco ha cambiado. Más de la mitad de los municipios españoles tienen menos de mil habitantes, y en muchos de ellos la mitad de los vecinos supera los sesenta y cinco años.

El problema no es solo demográfico. Es también una cuestión de servicios. El consultorio médico que abre un día a la semana, el autobús que pasa dos veces al día, si pasa; la sucursal bancaria que cerró hace cinco años y que obliga a los mayores a hacer cuarenta kilómetros para sacar dinero; la escuela que necesita un mínimo de alumnos para no cerrar y que cada septiembre cuenta con angustia cuántos niños quedan. Cada uno de estos cierres es pequeño por separado, pero juntos forman una espiral: menos servicios, menos gente; menos gente, menos servicios.

Durante la pandemia se habló mucho del "éxodo urbano" y del teletrabajo como solución. Algunos pueblos recibieron nuevos vecinos, parejas jóvenes que descubrieron que se podía trabajar desde una casa de piedra con vistas a la sierra. Pero la mayoría se marchó cuando volvieron las oficinas, y otros se encontraron con una realidad menos idílica: conexiones de internet que se caen con la lluvia, viviendas que no se alquilan porque sus propietarios, que viven en la ciudad, prefieren tenerlas cerradas, y una burocracia que hace casi imposible rehabilitar una casa antigua.

Hay, no obstante, experiencias que funcionan. En algunos valles del Pirineo aragonés, cooperativas locales han recuperado la ganadería extensiva y la venden directamente a restaurantes de Barcelona. En la comarca del Maestrazgo, varios ayuntamientos se han unido para compartir un médico, un técnico de urbanismo y una trabajadora social. En pueblos de Galicia, asociaciones de vecinos han puesto en marcha "casas de acogida" para nuevos pobladores con alquileres simbólicos durante los primeros años. Ninguna de estas iniciativas, por sí sola, revierte la tendencia, pero demuestran que el declive no es inevitable.

Lo que falta, a juicio de muchos alcaldes rurales, es una política de Estado que vaya más allá de las subvenciones puntuales. Piden que la fiscalidad tenga en cuenta el coste de vivir lejos de todo, que se garantice una conexión de banda ancha real y no solo sobre el papel, y que la administración deje de diseñar normas pensando únicamente en las grandes ciudades. Porque, como resumía el alcalde de un pueblo de ochenta habitantes en la provincia de Guadalajara, "aquí no pedimos que nos regalen nada; pedimos que no nos pongan más difícil seguir estando".

Resúmeme este artículo de opinión en un párrafo de unas 100 palabras, con las ideas principales, para un trabajo de clase."""),
(0, "classification", "es", "before", "prose", None, """¿Esto es gallego o portugués? "Onte fun á praia coa miña nai e comemos polbo." """),
(1, "creative_writing", "es", "none", "none", None, """Bautizamos a nuestra hija Martina en mayo y quiero un texto gracioso para la invitación, que diga que habrá comida y que los padrinos son mi hermano y mi cuñada, que llevan 15 años "a punto de casarse"."""),
(0, "summarization", "es", "after", "prose", None, """"La AEMET ha activado el aviso naranja por temperaturas máximas de hasta 42 grados en la campiña cordobesa y sevillana a partir del mediodía del jueves. En el resto de Andalucía el aviso es amarillo, con máximas de 38 a 40. Se recomienda evitar la actividad física al aire libre entre las 12 y las 18 horas." Dímelo en una sola frase"""),
(1, "open_qa", "es", "none", "none", None, """¿Qué diferencia hay entre el paro y el subsidio? He cotizado 2 años y 3 meses y me acaban de despedir, ¿cuánto tiempo cobraría y más o menos cuánto?"""),
(0, "classification", "es", "before", "list", None, """etiqueta cada ticket como BUG o FEATURE REQUEST:
- "al darle a 'Exportar PDF' la app se queda colgada"
- "estaría genial poder filtrar facturas por cliente"
- "el login con Google da error 500 desde el último deploy"
- "añadir modo oscuro, please"
- "el total del IVA sale mal cuando hay un descuento" """),
(1, "general_qa", "es", "none", "none", None, """quiero ir de Madrid a Lisboa en agosto con mi novio gastando lo mínimo, ¿tren, bus o coche compartido? ¿y merece la pena parar en Salamanca o en Cáceres?"""),
(0, "summarization", "es", "after", "verse", "EU-es-p07", """Mi madre tiende la ropa
como quien reza despacio:
primero las sábanas, luego las toallas,
luego los calcetines, de dos en dos,
como si mientras todo estuviera emparejado
nadie pudiera irse.
Hoy encontré un calcetín
sin su pareja.
No lo he tirado.

¿De qué trata este poema? Explícamelo en dos frases para comentarlo en clase."""),
(1, "creative_writing", "es", "after", "verse", "EU-es-p07", """Mi madre tiende la ropa
como quien reza despacio:
primero las sábanas, luego las toallas,
luego los calcetines, de dos en dos,
como si mientras todo estuviera emparejado
nadie pudiera irse.
Hoy encontré un calcetín
sin su pareja.
No lo he tirado.

Escribe un poema de respuesta desde la voz de la madre, mismo estilo: verso libre, breve, imágenes cotidianas."""),
(0, "classification", "es", "before", "list", None, """¿cuáles de estas frases son irónicas? pon las letras
a) "Genial, otra reunión que podía haber sido un correo."
b) "Gracias por ayudarme con la mudanza, de verdad."
c) "Qué puntual es el Cercanías, como siempre."
d) "Tengo muchas ganas de vacaciones."
e) "Claro, me encanta trabajar los domingos gratis." """),
(0, "classification", "es", "before", "email", None, """¿es spam? "¡Enhorabuena! Ha sido seleccionado para recibir una tarjeta regalo de Mercadona de 500 €. Complete la encuesta aquí." """),
(1, "creative_writing", "es", "none", "none", None, """cuéntame un chiste de gallegos que no ofenda, que mi suegro es de Ourense y tiene sentido del humor"""),
(0, "summarization", "es", "none", "none", None, """resumen del Quijote en cinco frases"""),
(1, "open_qa", "es", "none", "none", None, """¿es verdad que Cervantes y Shakespeare murieron el mismo día?"""),
(1, "general_qa", "es", "none", "none", None, """¿qué llevo en la mochila para hacer el Camino Francés en octubre? quiero ir ligera"""),
(0, "classification", "es", "before", "prose", None, """positivo o negativo: "vaya día redondo, me despiden y encima se pone a llover" """),
(1, "open_qa", "es", "none", "none", None, """¿de dónde viene la expresión "hacer el agosto"?"""),
(0, "classification", "es", "before", "list", None, """género gramatical de: agua, mano, mapa, radio, tema"""),
(1, "creative_writing", "es", "none", "none", None, """un haiku sobre la Alhambra al atardecer"""),
(0, "summarization", "es", "none", "none", None, """¿de qué va Ocho apellidos vascos? en dos frases"""),
(1, "general_qa", "es", "none", "none", None, """mi hija de 15 años quiere ir al Mad Cool sola con sus amigas, ¿la dejo? ¿qué condiciones le pongo?"""),
(0, "summarization", "es", "after", "transcript", None, """Transcripción de la consulta de mi madre con el cardiólogo (la grabé con su permiso):

Doctor: Buenos días, Carmen. Siéntese. ¿Viene con su hija? Muy bien. Vamos a ver los resultados de las pruebas. Tenemos el ecocardiograma, el Holter de 24 horas y la analítica.
Madre: Sí, doctor, a ver qué me dice, que estoy muy nerviosa.
Doctor: Tranquila. Empiezo por lo más importante: el corazón bombea bien. La fracción de eyección, que es la fuerza con la que el corazón empuja la sangre, está en 58 %, que es normal. La válvula mitral tiene una pequeña insuficiencia, que quiere decir que cierra un poquito mal y se escapa algo de sangre hacia atrás, pero es leve y a su edad es muy frecuente. No necesita operación ni nada parecido; la revisaremos con otra ecografía dentro de un año.
Hija: ¿Y las palpitaciones que nota por las noches?
Doctor: Eso es lo que nos ha explicado el Holter. Ha tenido varios episodios de fibrilación auricular, que es un ritmo irregular del corazón. El más largo duró unos cuarenta minutos, a las tres de la mañana. Eso explica las palpitaciones y la sensación de ahogo que me contaba.
Madre: ¿Y eso es peligroso?
Doctor: En sí mismo no es grave, pero la fibrilación auricular aumenta el riesgo de que se formen coágulos y de tener un ictus. Por su edad, 74 años, y porque es hipertensa, el riesgo es suficiente como para que le recomiende tomar un anticoagulante. Le voy a recetar apixabán, dos veces al día, uno por la mañana y otro por la noche. Es importante no saltarse ninguna dosis.
Hija: ¿Tiene que dejar el Adiro que toma?
Doctor: Sí, el Adiro lo suspende a partir de hoy, no hay que tomar los dos a la vez porque aumenta el riesgo de sangrado. Y nada de ibuprofeno ni antiinflamatorios por su cuenta; para el dolor de rodilla, paracetamol.
Madre: ¿Y para el ritmo?
Doctor: Le añado bisoprolol, 2,5 miligramos por la mañana, para controlar la frecuencia. Puede que al principio se note un poco más cansada, es normal las primeras semanas. Si se marea al levantarse o nota el pulso por debajo de 50, llame al centro de salud.
Hija: ¿La analítica?
Doctor: El colesterol LDL está en 142, un poco alto. De momento no añadimos pastilla; dieta, menos embutido, y caminar media hora al día. Le repetimos la analítica en tres meses. La función del riñón está bien, que es importante para el anticoagulante. La tensión hoy le he tomado 148/86, algo alta; siga con su enalapril y tómesela en casa dos veces por semana, apuntándolo.
Madre: ¿Puedo seguir yendo a la piscina?
Doctor: Sí, claro, la natación suave le viene muy bien. Lo que debe evitar es esfuerzos muy bruscos. Y si algún día nota dolor en el pecho que no se va, falta de aire importante, o pierde fuerza en un brazo o le cuesta hablar, a urgencias directamente, sin esperar.
Hija: ¿Cuándo volvemos?
Doctor: Cita conmigo en tres meses con la analítica nueva. Y la ecografía, dentro de un año. Le doy los informes impresos. ¿Alguna duda más?
Madre: No, doctor, muchas gracias.

Resúmeme la consulta en puntos claros para mandárselo a mis hermanos: qué tiene mamá, qué medicación cambia, qué tiene que vigilar y cuándo son las próximas citas."""),
(1, "general_qa", "es", "before", "notes", None, """Necesito ayuda para decidir si compramos piso o seguimos de alquiler. Perdón por el tocho.

Somos una pareja, 34 y 36 años, vivimos en Madrid de alquiler en Chamberí, 1.250 € al mes por un piso de 60 m², el contrato vence en año y medio y el casero ya nos ha dicho que lo subirá "a precio de mercado" (unos 1.500). Ingresos netos: yo 2.100 € al mes (funcionaria, estable), él 2.400 € (ingeniero en una consultora, con variable). Ahorros: 62.000 € entre los dos, más unos 15.000 que podría prestarnos mi padre sin intereses. No tenemos deudas. Queremos tener un hijo en los próximos dos años.

Opciones que manejamos:
A) Comprar en Alcalá de Henares o Torrejón: pisos de 3 habitaciones de 90 m² por unos 240.000 €. Él tendría 45 minutos de tren al trabajo; yo puedo pedir traslado con bastante facilidad.
B) Comprar en Madrid capital, en un barrio como Carabanchel o Usera, algo de 70 m² por unos 280.000 €, con reforma necesaria de unos 25.000 €.
C) Seguir de alquiler y buscar algo más barato en otro barrio de Madrid, invirtiendo la diferencia y los ahorros en fondos indexados, y decidir dentro de unos años.

Otros datos que quizá importen: él tiene un coche pagado, yo no conduzco. Mi trabajo me permite teletrabajar un día a la semana. En Alcalá vive mi hermana, que nos podría echar una mano con el bebé; en Madrid capital no tenemos familia cerca. El piso de Carabanchel que hemos visto está en una quinta planta sin ascensor, aunque la comunidad dice que lo va a instalar "en un par de años" con derrama. Los de Alcalá y Torrejón son de obra relativamente nueva, con garaje y piscina comunitaria, pero los gastos de comunidad rondan los 110 € al mes.

Dudas que tenemos: el banco nos ofrece hipoteca fija al 2,9 % a 30 años o mixta; no sabemos qué conviene. Tampoco sabemos cuánto hay que tener ahorrado de verdad para impuestos, notaría, etc. Nos da miedo quedarnos sin colchón justo cuando venga el bebé. A mí me tira la idea de tener algo nuestro; él dice que con los precios actuales es "comprar en el pico" y que el alquiler da libertad. Sus padres dicen que alquilar es tirar el dinero; los míos, que no nos ahoguemos.

¿Cómo plantearías la decisión? ¿Qué números deberíamos hacer (gastos de compra, cuota, esfuerzo sobre ingresos, colchón), qué riesgos ves en cada opción y qué preguntas le haríamos al banco? No te pido que decidas por nosotros, sino que nos ayudes a ordenarlo."""),
(0, "classification", "es", "after", "story", "EU-es-p08", """"Anoche soñé que volvía a la casa de mi abuela en el pueblo. Todo estaba igual: el olor a leña, el reloj de cuco, el hule de cuadros en la mesa de la cocina. Pero cuando abrí la puerta del dormitorio, en lugar de la cama había un pasillo larguísimo que no estaba antes, con puertas a los dos lados. Detrás de cada una se oía una voz que me llamaba por mi nombre, pero con la voz de alguien distinto: mi madre, mi primera novia, un profesor de la facultad, yo mismo de niño. Intenté abrir una y el pomo estaba helado. Al fondo del pasillo, el reloj de cuco empezó a dar las horas, y no paraba, trece, catorce, quince campanadas. Entonces se apagó la luz y noté que alguien respiraba detrás de mí."

Esto lo escribí nada más despertarme. ¿Qué género sería si fuera un relato: terror, comedia, ciencia ficción o romance? Solo una palabra."""),
(1, "creative_writing", "es", "after", "story", "EU-es-p08", """"Anoche soñé que volvía a la casa de mi abuela en el pueblo. Todo estaba igual: el olor a leña, el reloj de cuco, el hule de cuadros en la mesa de la cocina. Pero cuando abrí la puerta del dormitorio, en lugar de la cama había un pasillo larguísimo que no estaba antes, con puertas a los dos lados. Detrás de cada una se oía una voz que me llamaba por mi nombre, pero con la voz de alguien distinto: mi madre, mi primera novia, un profesor de la facultad, yo mismo de niño. Al fondo del pasillo, el reloj de cuco empezó a dar las horas, y no paraba, trece, catorce, quince campanadas. Entonces se apagó la luz y noté que alguien respiraba detrás de mí."

Esto lo escribí nada más despertarme. Conviértelo en un relato de terror de unas 600 palabras, en primera persona, con un final que no sea "y entonces me desperté"."""),
(0, "summarization", "es", "before", "prose", "EU-es-p09", """Resume esta noticia en tres frases:

MADRID – Un apagón de gran escala dejó ayer sin suministro eléctrico a la práctica totalidad de la península ibérica durante varias horas. El corte se produjo poco después de las doce y media del mediodía y afectó tanto a España como a Portugal. Los semáforos dejaron de funcionar en las principales ciudades, el metro de Madrid y el de Barcelona tuvieron que ser evacuados y cientos de trenes quedaron detenidos en plena vía, con pasajeros atrapados durante horas. Los hospitales funcionaron con generadores y las redes de telefonía móvil se vieron gravemente afectadas. Red Eléctrica explicó que se produjo una pérdida súbita de generación en el suroeste peninsular que desestabilizó el sistema y provocó la desconexión con la red francesa. La reposición del servicio se hizo de forma progresiva durante la tarde y la noche, empezando por las zonas cercanas a las centrales hidroeléctricas. El Gobierno ha anunciado una investigación para determinar las causas exactas y descarta, por el momento, un ciberataque."""),
(1, "open_qa", "es", "before", "prose", "EU-es-p09", """Leo en la prensa: "Red Eléctrica explicó que se produjo una pérdida súbita de generación en el suroeste peninsular que desestabilizó el sistema y provocó la desconexión con la red francesa. La reposición se hizo de forma progresiva, empezando por las zonas cercanas a las centrales hidroeléctricas."

¿Cómo es posible que un fallo en una zona deje sin luz a toda la península? ¿Por qué se empieza a reponer por las hidroeléctricas? Y algunos dicen que es culpa de las renovables porque no dan "inercia" al sistema: ¿qué significa eso y tiene sentido?"""),
(0, "classification", "es", "before", "list", None, """Asigna cada titular a una sección: NACIONAL, INTERNACIONAL, ECONOMÍA, DEPORTES, CULTURA, TECNOLOGÍA. Formato: número – sección.

1. El Congreso aprueba la reducción de la jornada laboral a 37,5 horas
2. Carlos Alcaraz remonta y se mete en la final de Roland Garros
3. El Ibex 35 cierra la semana con una subida del 2,1 %
4. Elecciones en Alemania: los conservadores ganan pero necesitarán socios
5. El Museo del Prado recupera un Goya que estaba en una colección privada
6. Una empresa española de chips recibe 30 millones de inversión europea
7. El Atlético ficha a un delantero argentino por 40 millones
8. Suben un 12 % los precios del aceite de oliva en origen
9. Un terremoto de magnitud 6,8 sacude el sur de Perú
10. La Feria del Libro de Madrid bate su récord de visitantes
11. La DGT instalará nuevos radares de tramo en 20 carreteras
12. Una popular red social cambia su algoritmo y los creadores protestan"""),
(1, "creative_writing", "es", "before", "notes", None, """Escríbeme la carta de motivación para la beca Erasmus+ de prácticas. Datos:
- estudio 4º de Enfermería en la Universidad de Granada
- quiero hacer las prácticas en un hospital de Oporto (Portugal), en pediatría
- he hecho prácticas en el Virgen de las Nieves en neonatos y me encantó
- hablo portugués nivel B1 (lo aprendí porque mi abuela era de Braga) e inglés B2
- soy voluntaria en Cruz Roja desde los 18, en un programa con niños de familias migrantes
- me interesa comparar cómo se organiza la enfermería pediátrica en Portugal y en España, sobre todo el papel de la enfermera en la educación de las familias
- al volver quiero presentarme al EIR de Enfermería Pediátrica
Máximo una página, tono personal pero serio, sin frases hechas tipo "soy una persona proactiva"."""),
(0, "summarization", "es", "after", "email", None, """De: Gestoría López
Para: Irene
Asunto: Alta como autónoma

Hola Irene, para darte de alta necesitamos: copia del DNI, número de la Seguridad Social, cuenta bancaria y la actividad exacta (epígrafe del IAE). Por lo que nos contaste, sería diseño gráfico, epígrafe 844.

De: Irene
Perfecto, os lo mando hoy. ¿Me puedo acoger a la tarifa plana?

De: Gestoría López
Sí, si no has sido autónoma en los últimos dos años. Serían 80 € al mes durante los primeros 12 meses. Después depende de tus ingresos reales, con el sistema de tramos.

De: Irene
¿Y el IVA? Tengo clientes en Alemania.

De: Gestoría López
Para los clientes empresas de la UE tienes que darte de alta en el ROI (operadores intracomunitarios) y facturarás sin IVA, con la mención de inversión del sujeto pasivo. Para clientes en España, IVA del 21 % y retención de IRPF del 7 % los tres primeros años. Declaraciones trimestrales: modelo 303 (IVA) y 130 (IRPF), y el 349 para las operaciones intracomunitarias.

De: Irene
Uf. ¿Cuánto me cobráis por llevarlo todo?

De: Gestoría López
45 € al mes más IVA, incluye trimestrales y la renta. El alta la haríamos el lunes 3 si nos llega todo antes del viernes.

Resúmeme en puntos qué tengo que mandar, qué voy a pagar y qué obligaciones tengo."""),
(1, "general_qa", "es", "before", "notes", None, """Mi hijo tiene 9 años y va a 4º de primaria. Desde hace un mes no quiere ir al colegio: dice que le duele la tripa por las mañanas. Ayer por fin me contó que tres compañeros le llaman "gordo" y "bola" todos los días en el recreo, que le esconden el estuche y que en el grupo de WhatsApp de la clase (que tienen con el móvil de sus padres) han puesto una foto suya trucada. Él no quiere que yo diga nada porque tiene miedo de que sea peor. La tutora es nueva este año y no la conozco mucho.

¿Qué hago? ¿Hablo primero con la tutora, con la dirección, con los padres de esos niños? ¿Cómo lo apoyo en casa sin que se sienta que lo he traicionado?"""),
(0, "classification", "es", "before", "list", None, """Tengo un piso turístico en Málaga. Clasifica cada mensaje de huéspedes: CHECK-IN, INCIDENCIA EN EL PISO, RECOMENDACIÓN o QUEJA. Solo número y etiqueta.

1. "Hola, llegamos sobre las 23:30, ¿hay forma de entrar tan tarde?"
2. "El aire acondicionado del dormitorio no enfría y pierde agua."
3. "¿Algún chiringuito cerca donde comer buen pescaíto?"
4. "Las fotos del anuncio no se parecen en nada al piso, el sofá está roto y huele a humedad."
5. "¿El código de la caja de llaves es el mismo que nos mandaste ayer?"
6. "Se ha fundido la bombilla del baño."
7. "¿Qué playa nos recomiendas para ir con niños pequeños?"
8. "Los vecinos de arriba han hecho una fiesta hasta las 5 y nadie ha hecho nada, esto no es lo que pagamos."
9. "No encontramos el parking que decías, ¿está en la misma calle?"
10. "La vitrocerámica no enciende." """),
(1, "open_qa", "es", "after", "prose", None, """Mi cuñado ha mandado esto al grupo familiar:

"Dos cucharadas de aceite de oliva en ayunas limpian las arterias, y si le añades limón disuelve los cálculos de la vesícula. Además el ajo crudo es un antibiótico natural más potente que la penicilina, y el bicarbonato con limón alcaliniza la sangre y evita el cáncer. Los médicos no lo dicen porque las farmacéuticas no ganan dinero con ello."

Mi madre, que tiene piedras en la vesícula, ya lo está haciendo. ¿Qué hay de verdad en todo esto? ¿Es peligroso lo del aceite con limón si tienes cálculos? Y lo de alcalinizar la sangre, ¿tiene algún sentido?"""),
(0, "summarization", "es", "after", "prose", "EU-es-p10", """"Hilo 🧵 sobre por qué he dejado mi trabajo en una big tech en Dublín para volver a mi pueblo en Teruel. 1/ Cobraba muy bien, pero pagaba 2.400 € por un piso compartido. 2/ Llevaba tres años sin ver a mis abuelos más de una semana al año. 3/ El teletrabajo me permite seguir como freelance con clientes de fuera. 4/ Aquí la fibra llegó hace dos años, gracias a una cooperativa del pueblo. 5/ No es idílico: el médico viene dos días a la semana y el súper más cercano está a 20 km. 6/ Pero por primera vez en años duermo ocho horas. Fin."

tl;dr de este hilo en una frase"""),
(1, "creative_writing", "es", "after", "prose", "EU-es-p10", """"Hilo 🧵 sobre por qué he dejado mi trabajo en una big tech en Dublín para volver a mi pueblo en Teruel. 1/ Cobraba muy bien, pero pagaba 2.400 € por un piso compartido. 2/ Llevaba tres años sin ver a mis abuelos más de una semana al año. 3/ Aquí la fibra llegó hace dos años. 4/ No es idílico: el médico viene dos días a la semana. 5/ Pero por primera vez en años duermo ocho horas."

Escríbeme una respuesta a este hilo, simpática, como alguien del mismo pueblo que se alegra de que vuelva y le invita a las fiestas. Máximo 280 caracteres."""),
(0, "classification", "es", "before", "list", None, """registro de cada mensaje: FORMAL, INFORMAL o VULGAR
1. "Estimada Sra. Gómez, le adjunto la documentación solicitada."
2. "oye pásame los apuntes cuando puedas"
3. "Qué puta mierda de examen, joder"
4. "Buenas tardes, ¿podría indicarme el horario de atención?" """),
(1, "open_qa", "es", "none", "none", None, """¿Por qué en Canarias es una hora menos que en la península? ¿Siempre ha sido así?"""),
(0, "summarization", "es", "after", "reviews", None, """"Una novela que empieza como una comedia familiar en un pueblo de La Mancha y acaba convertida en un ajuste de cuentas con el pasado. La voz de la narradora es lo mejor del libro, aunque la parte central se hace larga y el final resulta algo apresurado. Aun así, la escena de la matanza del cerdo es de lo mejor que he leído este año." Resume esta reseña en una frase."""),
(1, "general_qa", "es", "none", "none", None, """¿Cómo le digo a mi compañera de piso que su novio no puede quedarse a dormir cuatro noches por semana sin pagar nada? Somos amigas desde el instituto y no quiero cargarme la amistad."""),
(1, "creative_writing", "es", "none", "none", None, """hazme un rap sobre buscar piso en Barcelona: visitas con 40 personas, pisos interiores sin ventana, fianzas de cuatro meses... con un estribillo pegadizo"""),
(0, "classification", "es", "before", "list", None, """¿Cuáles tienen falta de ortografía? Pon los números.
1. Voy a ver si hay pan.
2. Lo e hecho yo solo.
3. Haber si vienes mañana.
4. Ya he echado la carta.
5. Hay que hacerlo hoy. """),
(0, "summarization", "es", "after", "prose", "EU-es-p11", """"El Camino de Santiago es una red de rutas de peregrinación que confluyen en la catedral de Santiago de Compostela, donde según la tradición se encuentran los restos del apóstol Santiago. Su origen se remonta al siglo IX, tras el supuesto hallazgo del sepulcro. La ruta más transitada es el Camino Francés, que parte de Saint-Jean-Pied-de-Port y recorre unos 800 kilómetros. En 1993 fue declarado Patrimonio de la Humanidad por la UNESCO."

En pocas palabras, ¿qué es el Camino de Santiago? Resúmelo en una frase."""),
(1, "open_qa", "es", "none", "none", "EU-es-p11", """en pocas palabras, ¿qué es el Camino de Santiago y por qué empezó la gente a hacerlo?"""),
(0, "classification", "es", "before", "prose", None, """¿queja o pregunta? "¿Por qué tarda tanto el reembolso de mi pedido?" """),
(1, "creative_writing", "es", "none", "none", None, """eslogan para una tienda de bicis en Valencia, algo con el Turia o la horchata"""),
(0, "summarization", "es", "none", "none", "EU-es-p12", """resumen de La casa de Bernarda Alba, corto"""),
(1, "open_qa", "es", "none", "none", "EU-es-p12", """¿qué simboliza el bastón de Bernarda Alba y por qué Adela lo rompe?"""),
(1, "general_qa", "es", "none", "none", None, """cómo quito la cal de la mampara de la ducha sin productos agresivos"""),
(0, "classification", "es", "before", "list", None, """¿cuáles son mamíferos? delfín, atún, murciélago, pingüino, lince"""),
(1, "creative_writing", "es", "none", "none", None, """felicitación de cumpleaños para mi jefe, corta y sin hacer la pelota"""),
(0, "classification", "es", "before", "prose", None, """¿formal o informal? "Tío, pásame el Excel cuando puedas" """),
(1, "general_qa", "es", "none", "none", None, """¿merece la pena ir a las Fallas con un bebé de 8 meses?"""),
(0, "summarization", "es", "before", "prose", None, """resume en cinco palabras: mañana no hay clase porque hay huelga de profesores en toda la comunidad"""),
(1, "open_qa", "es", "none", "none", None, """¿cuántas lenguas son oficiales en España y dónde?"""),
(0, "classification", "es", "before", "prose", None, """¿en qué idioma está? "Bon dia, com estàs? Avui fa molt de sol." """),
(0, "classification", "es", "after", "list", None, """Mensajes de esta semana en el foro de madres y padres que modero:

1. "Estoy de 32 semanas y desde ayer noto las piernas muy hinchadas, ¿os pasó?"
2. "Mi bebé de 4 meses se despierta cada hora desde hace una semana, ¿la famosa regresión del sueño?"
3. "¿A qué edad empezasteis con la fruta? La pediatra dice que a los 6 meses pero mi suegra insiste en darle zumo ya."
4. "Me reincorporo al trabajo en marzo y no sé si elegir guardería pública o privada, la pública está a 20 minutos."
5. "Tengo grietas en el pezón y me duele muchísimo dar el pecho, ¿alguna crema que os funcionara?"
6. "¿Colecho sí o no? Mi pareja no duerme nada."
7. "Primera ecografía mañana, estoy nerviosísima."
8. "¿Baby-led weaning o purés? Me da miedo que se atragante."
9. "En la guardería me piden que el niño sepa comer solo con cuchara, ¿no es pronto con 14 meses?"
10. "¿Es normal que en el tercer trimestre tenga tanto ardor de estómago?"
11. "Mi hija solo se duerme en brazos y pesa ya 9 kilos, no puedo más."
12. "¿Cómo os sacáis la leche en el trabajo? ¿Qué sacaleches recomendáis?"
13. "La guardería ha subido la cuota a 420 € al mes, ¿es normal en Madrid?"
14. "Mi bebé rechaza el biberón, solo quiere pecho y vuelvo a trabajar en dos semanas."
15. "¿Cuándo se puede introducir el huevo? He leído cosas distintas."
16. "Test positivo esta mañana!!! No sé ni por dónde empezar."
17. "¿Cuántas siestas hace vuestro peque de un año? El mío solo una y de 40 minutos."
18. "¿Alguien ha tenido diabetes gestacional? Me acaban de dar el resultado de la curva."
19. "La educadora dice que mi hijo muerde a otros niños en la guarde, ¿qué hago?"
20. "¿Es normal que un recién nacido haga tomas cada hora y media por la noche?"
21. "Mi hijo de 2 años no quiere comer nada verde, solo pasta y plátano."
22. "Plazo de inscripción para escuelas infantiles públicas: ¿alguien sabe cuándo abre este año?"
23. "Ruido blanco para dormir: ¿os funciona o es un mito?"
24. "Me han dicho que tengo la placenta baja, ¿qué implica?"
25. "Mastitis por segunda vez en un mes, fiebre de 39, ¿sigo dando el pecho?"

Asigna a cada mensaje una sección del foro: EMBARAZO, LACTANCIA, SUEÑO, ALIMENTACIÓN o GUARDERÍA. Formato "número – sección", una por línea, sin comentarios."""),
(0, "summarization", "es", "after", "prose", None, """Cuatro días por los Picos de Europa (y lo que haría distinto)

Volvimos el domingo y todavía tengo las piernas destrozadas, así que os cuento antes de que se me olvide. Fuimos cuatro amigos, en coche desde Madrid, a finales de junio, y nos alojamos en Cangas de Onís, que es una base muy cómoda para moverse por la parte asturiana.

Primer día: Lagos de Covadonga. Importante: en temporada alta no se puede subir en coche, hay que coger el autobús desde Cangas o desde los aparcamientos de la carretera. Nosotros cogimos el de las 8:30 y fue un acierto, porque a las once aquello era una romería. Hicimos la ruta circular de los lagos, unos 6 kilómetros, sencilla, y luego subimos hasta la Vega de Ario, que ya es otra cosa: casi 1.000 metros de desnivel entre ida y vuelta, pero las vistas del macizo central desde arriba compensan todo. Llevad agua de sobra, no hay fuentes fiables.

Segundo día: la Ruta del Cares. Es la más famosa y con razón, el desfiladero es espectacular. La hicimos de Poncebos a Caín, 12 kilómetros solo ida. El problema es la logística: o haces ida y vuelta (24 km, mucho) o contratas un taxi que te recoja en Caín y te devuelva a Poncebos, que cuesta bastante porque hay que dar una vuelta enorme por carretera. Nosotros hicimos ida y vuelta y acabamos muertos. Si repitiera, la haría desde Caín hasta la mitad y volvería, que es la parte más bonita.

Tercer día: descanso activo. Por la mañana bajamos el Sella en canoa desde Arriondas, unos 15 kilómetros, muy divertido y apto para cualquiera. Por la tarde, sidrería en Cangas: cachopo para compartir (de verdad, para compartir, es enorme) y sidra escanciada. Barato y muy bueno.

Cuarto día: Bulnes. Se puede subir en el funicular desde Poncebos (caro, unos 25 euros ida y vuelta) o andando, unos 4 kilómetros con bastante pendiente. Subimos andando y bajamos en funicular, buena combinación. El pueblo es precioso, sin coches, y desde el Mirador del Pozo de la Oración se ve el Naranjo de Bulnes si el día está despejado. A nosotros nos tocó niebla, claro.

Lo que haría distinto: reservar el alojamiento con más antelación (lo hicimos con tres semanas y ya quedaba poco), no intentar hacer dos rutas largas seguidas, llevar chubasquero aunque en Madrid haga 35 grados y mirar bien el parte meteorológico de montaña, porque en Picos cambia en media hora. Y comprar queso de Cabrales en alguna quesería pequeña, no en las tiendas de la carretera.

Presupuesto aproximado por persona: 380 euros, incluyendo gasolina, alojamiento (apartamento para cuatro), comidas, canoa y funicular.

Esto es de mi blog de viajes. Mi amiga va en septiembre y no se lo va a leer entero: resúmemelo en 5 puntos prácticos, con lo esencial de cada ruta."""),
(0, "summarization", "es", "before", "email", "EU-es-p13", """Resúmeme esta carta del banco, ¿qué me cambian?

Estimado cliente:
Le comunicamos que, con efectos a partir del próximo 1 de abril, se modificarán las condiciones de su Cuenta Nómina Plus. La comisión de mantenimiento pasará a ser de 8 euros al mes, salvo que cumpla al menos dos de los siguientes requisitos: tener domiciliada una nómina o pensión superior a 1.000 euros mensuales, realizar un mínimo de seis pagos con tarjeta al mes o tener contratado un seguro de hogar o de vida con la entidad. Las transferencias a otras entidades realizadas en oficina tendrán un coste de 3 euros por operación, mientras que las realizadas a través de la banca digital seguirán siendo gratuitas. La retirada de efectivo en cajeros de otras entidades tendrá una comisión de 2 euros por operación. La tarjeta de crédito asociada pasará a tener una cuota anual de 30 euros, que quedará exenta si el gasto anual supera los 3.000 euros.
De acuerdo con la normativa vigente, si no está conforme con estas modificaciones, puede cancelar su cuenta sin coste alguno antes de la fecha de entrada en vigor.
Atentamente,
Su Banco"""),
(1, "general_qa", "es", "before", "email", "EU-es-p13", """Mi banco me manda esto:

"...a partir del próximo 1 de abril la comisión de mantenimiento pasará a ser de 8 euros al mes, salvo que cumpla al menos dos requisitos: nómina superior a 1.000 euros, seis pagos con tarjeta al mes o seguro de hogar o de vida con la entidad. La retirada de efectivo en cajeros de otras entidades tendrá una comisión de 2 euros por operación."

Cobro 980 euros de pensión de viudedad, pago casi todo en efectivo y el seguro de casa lo tengo con otra compañía. Tengo 71 años. ¿Me cambio de banco? ¿Cuál me conviene que tenga oficina y no cobre comisiones? Me da miedo lo de los bancos solo por internet."""),
(0, "classification", "es", "before", "list", None, """Trabajo en la secretaría de la facultad. Clasifica cada correo por negociado: MATRÍCULA, BECAS, TÍTULOS, HORARIOS Y EXÁMENES. Solo número y negociado.

1. "Buenos días, quería saber cuándo puedo recoger el título de Grado, lo solicité en julio."
2. "Me he matriculado de una asignatura por error, ¿puedo anularla?"
3. "¿Han salido ya las fechas de la convocatoria extraordinaria de junio?"
4. "No me ha llegado el ingreso de la beca del Ministerio y me piden devolver la matrícula."
5. "Necesito un certificado de notas en inglés para un máster en Holanda."
6. "Dos exámenes me coinciden el mismo día a la misma hora, ¿qué hago?"
7. "¿Se puede pagar la matrícula en plazos?"
8. "Me han denegado la beca por rendimiento académico, quiero presentar alegaciones." """),
(1, "creative_writing", "es", "before", "notes", None, """Quiero poner una nota en el ascensor para los vecinos. Contexto:
- algún vecino está dejando bolsas de basura en el rellano del 3º cada noche, en lugar de bajarlas al contenedor
- huele fatal y el otro día había cucarachas
- no sé quién es, y no quiero acusar a nadie
- el administrador dice que puede haber multa según los estatutos, pero prefiero que no llegue a eso
- quiero que sea amable, con un toque de humor, y que termine con algo positivo (por ejemplo, agradecer a la señora del 2º que riega las plantas del portal)
Firmado: "Una vecina que también saca la basura (a veces tarde, pero la saca)"
Escríbemela, que quepa en un folio."""),
(0, "summarization", "es", "after", "chat", None, """[Mamis y papis 2ºB 🎈]
Bea: Chicas, ¿hacemos cumple conjunto de los niños de marzo como el año pasado? Son Leo, Alba, Hugo y Martina
Raquel: Sí por favor, me ahorro la pelotera de elegir a quién invito 😅
Iván: Por mí bien. ¿Dónde?
Bea: Propongo el parque de bolas de la avenida, 12 € por niño con merienda
Raquel: ¿Toda la clase? Son 25
Bea: Sí, toda la clase, 25 x 12 = 300, entre 4 familias 75 cada una
Iván: Yo prefiero algo al aire libre, el de bolas es un horno
Nuria: ¿Y el merendero del parque del Retiro? Gratis, pero hay que llevarlo todo
Bea: Si llueve estamos perdidos
Raquel: Votamos: parque de bolas o Retiro
Iván: Retiro
Nuria: Retiro
Bea: Bueno vale, Retiro, y si llueve plan B en casa de mis padres que tienen garaje grande
Raquel: Yo llevo la tarta y las velas, Nuria las bebidas, Iván los juegos y Bea las invitaciones
Nuria: Fecha: sábado 15 a las 17h?
Todos: 👍

No he podido leerlo, ¿me resumes qué han decidido y qué me toca? Soy la madre de Martina (Nuria)."""),
(1, "open_qa", "es", "after", "code", None, """En mi Excel tengo en la hoja "Pedidos" la columna A con códigos de cliente, y en la hoja "Clientes" la tabla con código en la columna A y nombre en la B. Pongo esta fórmula:

=BUSCARV(A2;Clientes!A:B;2;FALSO)

y en la mitad de las filas me sale #N/A, aunque el código está en las dos hojas, lo he comprobado a ojo. En otras filas funciona bien. ¿Por qué puede pasar esto? He oído que a veces es porque unos son números y otros texto, ¿cómo lo compruebo y lo arreglo? ¿Es mejor usar BUSCARX?"""),
(0, "classification", "es", "before", "list", None, """¿Qué tipo de texto es cada uno? Opciones: NOTICIA, ANUNCIO, RECETA, POEMA, INSTRUCCIONES.

A) "Se vende bicicleta de montaña, talla M, poco uso, 180 €. Zona Triana. Llamar por las tardes."
B) "Pela las patatas y córtalas en láminas finas. Fríelas a fuego lento con la cebolla hasta que estén blandas. Bate los huevos y mézclalo todo."
C) "El Ayuntamiento de Cádiz ha aprobado esta mañana el nuevo plan de movilidad, que peatonalizará cinco calles del casco antiguo a partir de septiembre."
D) "Llueve sobre el puerto viejo / y las barcas no preguntan / adónde va el agua / cuando se va."
E) "Mantenga pulsado el botón de encendido durante cinco segundos hasta que el piloto parpadee en azul. A continuación, seleccione el dispositivo en el menú Bluetooth de su teléfono."
F) "Clases particulares de inglés y matemáticas para ESO y Bachillerato. Profesora titulada con experiencia. Primera clase gratis." """),
(1, "general_qa", "es", "before", "notes", None, """Quiero correr mi primera maratón, la de Valencia, en diciembre. Datos: 38 años, mujer, 62 kg, corro desde hace 2 años, ahora unos 30 km por semana en 3 salidas. Mi mejor media maratón: 1h52 el pasado marzo. Trabajo de 8 a 15, así que puedo entrenar por la tarde; los domingos tengo toda la mañana. Tuve una tendinitis rotuliana hace un año, ya recuperada. Mi objetivo es terminarla bien, y si puede ser por debajo de 4 horas. Quedan 20 semanas.

¿Cómo organizo el entrenamiento? No quiero un plan día a día todavía, sino entender las fases, cuánto subir kilómetros, cuándo hacer las tiradas largas, qué hacer con la fuerza y cómo evitar que vuelva la tendinitis."""),
(0, "summarization", "es", "before", "prose", "EU-es-p14", """Pásame esto del manual de la freidora de aire a 5 pasos cortos:

Antes del primer uso, retire todo el material de embalaje y las etiquetas adhesivas. Lave la cubeta y la rejilla con agua caliente, detergente y una esponja no abrasiva; séquelas bien. Coloque el aparato sobre una superficie plana, estable y resistente al calor, dejando al menos 10 cm libres alrededor y por encima, ya que la salida de aire caliente se encuentra en la parte trasera. Se recomienda realizar un primer ciclo en vacío a 200 °C durante 10 minutos para eliminar el olor de fabricación; es normal que salga algo de humo. Para cocinar, precaliente 3 minutos, introduzca los alimentos en la cubeta sin superar la marca MAX y seleccione temperatura y tiempo. A mitad de la cocción, extraiga la cubeta y agítela para un dorado uniforme. No utilice aceite en spray directamente sobre la cubeta, ya que daña el revestimiento antiadherente."""),
(1, "open_qa", "es", "before", "prose", "EU-es-p14", """En el manual de mi freidora de aire pone: "No utilice aceite en spray directamente sobre la cubeta, ya que daña el revestimiento antiadherente" y "precaliente 3 minutos".

¿Por qué el aceite en spray estropea el antiadherente y el aceite normal no? ¿Es por algún aditivo? ¿Y de verdad hace falta precalentar o es como con el horno, que la gente lo hace por costumbre? Ah, y ¿es cierto que el teflón rayado es tóxico?"""),
(0, "classification", "es", "after", "email", "EU-es-p15", """"Hola Pablo, gracias por tu tiempo en la entrevista del jueves. Nos ha gustado mucho conocerte. Tras valorar todas las candidaturas, hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos en este momento. Guardaremos tu CV para futuras vacantes. Un saludo, equipo de Talento."

¿Esto es un rechazo, una aceptación o que siguen en proceso? Una palabra."""),
(1, "creative_writing", "es", "after", "email", "EU-es-p15", """"Hola Pablo, gracias por tu tiempo en la entrevista del jueves. Nos ha gustado mucho conocerte. Tras valorar todas las candidaturas, hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos en este momento. Guardaremos tu CV para futuras vacantes. Un saludo, equipo de Talento."

Escríbeme una respuesta educada agradeciendo y pidiendo feedback concreto sobre qué me faltó, sin sonar resentido. Cortita."""),
(1, "open_qa", "es", "none", "none", None, """¿Por qué el Ebro tiene un delta tan grande y el Tajo, que es más largo, no? ¿Es verdad que el delta del Ebro se está hundiendo?"""),
(0, "summarization", "es", "after", "prose", None, """"El Ayuntamiento de Sevilla ha anunciado que, a partir del lunes, el centro histórico tendrá acceso restringido para vehículos no residentes de 7 a 21 horas, con cámaras de control en doce puntos. Los infractores se enfrentarán a multas de 200 euros." Resúmelo en una frase."""),
(1, "general_qa", "es", "none", "none", None, """Cumplimos un año con mi novia y no sé qué regalarle. Le gustan la cerámica, el vermut y los conciertos pequeños. Vivimos en Bilbao. Presupuesto unos 100 €. Ideas que no sean una cena sin más."""),
(1, "creative_writing", "es", "none", "none", None, """Escríbeme un poema para los 60 años de mi madre. Es de un pueblo de Jaén, fue costurera toda la vida, cantaba copla mientras cosía y nos crió a cuatro hermanos. Que rime, pero que no parezca una tarjeta de supermercado."""),
(0, "classification", "es", "before", "list", None, """¿En qué lengua está cada frase? Opciones: euskera, catalán, gallego, asturiano.
1. "Egun on, zer moduz?"
2. "Bon dia, com va tot?"
3. "Bos días, como estás?"
4. "Bones, ¿cómo tas?" """),
(0, "summarization", "es", "after", "transcript", None, """"Hija, soy papá. Que no vamos el domingo a comer, que a tu madre le ha salido un turno en la farmacia y yo tengo que llevar el coche al taller el lunes a primera hora, así que mejor el sábado que viene. Ah, y dile a tu hermano que me devuelva el taladro, que lo necesito. Llámame cuando salgas del trabajo, no me mandes audios que no sé cómo se escuchan." ¿Qué me quiere decir mi padre? En dos líneas."""),
(1, "open_qa", "es", "none", "none", None, """¿Cómo funciona el carnet por puntos? ¿Con cuántos empiezas, cuánto quitan por ir a 140 por autovía y cómo se recuperan?"""),
(0, "classification", "es", "before", "email", None, """¿es phishing? "Correos: su paquete no ha podido ser entregado. Confirme su dirección y abone 1,79 € aquí." """),
(1, "creative_writing", "es", "none", "none", None, """un nombre gracioso para el grupo de WhatsApp de mi familia, somos 14 y todos de Cuenca"""),
(0, "summarization", "es", "none", "none", None, """¿de qué va el Lazarillo de Tormes? cortito"""),
(1, "open_qa", "es", "none", "none", None, """¿por qué no se sabe quién escribió el Lazarillo?"""),
(1, "general_qa", "es", "none", "none", None, """¿qué hago con un kilo de tomates que se me han puesto blandos?"""),
(0, "classification", "es", "before", "prose", None, """¿es una pregunta retórica o real? "¿Quién no ha llegado tarde alguna vez?" """),
(0, "classification", "es", "before", "list", None, """¿cuál no es un arroz? paella, fideuà, arroz negro, gazpacho, arroz a banda"""),
(1, "creative_writing", "es", "none", "none", None, """invéntate un trabalenguas nuevo con la erre para mis alumnos de logopedia"""),
(0, "summarization", "es", "before", "prose", None, """resume en una línea: la reunión de vecinos se aplaza al martes porque el administrador está de baja"""),
(1, "general_qa", "es", "none", "none", None, """¿qué ver en Cádiz si solo tengo un día?"""),
(0, "classification", "es", "before", "prose", None, """positivo, negativo o neutro: "no está mal, pero esperaba bastante más" """),
(0, "summarization", "es", "none", "none", None, """¿de qué trata El laberinto del fauno? en dos frases"""),
]
